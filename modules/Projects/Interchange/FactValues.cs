using Reserve.Sdk.Facts;

namespace Reserve.Projects.Interchange;

/// <summary>Reads, checks and writes channel fact values by the type their descriptor declares.</summary>
internal static class FactValues
{
    public static bool TryRead(FactDescriptor descriptor, RawValue raw, out FactValue value, out string error)
    {
        value = default;
        error = "";
        switch (descriptor.Type)
        {
            case FactType.Number:
                if (!ValueReaders.TryNumber(raw, out var number, out error))
                {
                    return false;
                }
                value = FactValue.Of(number);
                return true;
            case FactType.Integer:
                if (!ValueReaders.TryInteger(raw, out var integer, out error))
                {
                    return false;
                }
                value = FactValue.Of(integer);
                return true;
            case FactType.Boolean:
                if (!ValueReaders.TryFlag(raw, out var flag, out error))
                {
                    return false;
                }
                value = FactValue.Of(flag);
                return true;
            case FactType.Date:
                if (!ValueReaders.TryDate(raw, out var date, out error))
                {
                    return false;
                }
                value = FactValue.Of(date);
                return true;
            case FactType.Choice:
                if (!ValueReaders.TryText(raw, out var choice, out error))
                {
                    return false;
                }
                if (!IsOption(descriptor, choice))
                {
                    error = ValueReaders.NotAllowed([choice], descriptor.Options!);
                    return false;
                }
                value = FactValue.Choice(choice);
                return true;
            default:
                if (!ValueReaders.TryText(raw, out var text, out error))
                {
                    return false;
                }
                value = FactValue.Of(text);
                return true;
        }
    }

    /// <summary>
    /// Reads a fact whose key no channel declares, by the JSON type alone, so that the validator can name
    /// the unknown key rather than the binder dropping it unseen.
    /// </summary>
    public static bool TryReadUntyped(RawValue raw, out FactValue value, out string error)
    {
        value = default;
        error = "";
        switch (raw.Kind)
        {
            case RawKind.Number:
                value = raw.Number == decimal.Truncate(raw.Number) && raw.Number is >= int.MinValue and <= int.MaxValue
                    ? FactValue.Of((int)raw.Number)
                    : FactValue.Of(raw.Number);
                return true;
            case RawKind.Boolean:
                value = FactValue.Of(raw.Flag);
                return true;
            case RawKind.Text:
                value = IsoDates.TryParseExactDay(raw.Text, out var date) ? FactValue.Of(date) : FactValue.Of(raw.Text);
                return true;
            default:
                error = $"“{raw.Display}”应为数字、是否（true/false）、文字或日期";
                return false;
        }
    }

    /// <summary>Whether a stored value fits its descriptor; the reason when it does not.</summary>
    public static string? Mismatch(FactDescriptor descriptor, FactValue value)
    {
        var fits = descriptor.Type switch
        {
            FactType.Number => value.Type is FactType.Number or FactType.Integer,
            FactType.Integer => value.Type is FactType.Integer
                || (value.Type is FactType.Number && value.Number == decimal.Truncate(value.Number)),
            FactType.Text => value.Type is FactType.Text or FactType.Choice,
            FactType.Choice => value.Type is FactType.Text or FactType.Choice,
            _ => value.Type == descriptor.Type,
        };
        if (!fits)
        {
            return $"“{value}”应为{TypeName(descriptor.Type)}";
        }
        if (descriptor.Type == FactType.Choice && !IsOption(descriptor, value.Text ?? ""))
        {
            return ValueReaders.NotAllowed([value.Text ?? ""], descriptor.Options!);
        }
        return null;
    }

    public static object? ToCell(FactValue value) => value.Type switch
    {
        FactType.Number or FactType.Integer => value.Number,
        FactType.Boolean => RecordFields.FlagWord(value.Flag),
        FactType.Date => value.Date.ToDateTime(TimeOnly.MinValue),
        _ => string.IsNullOrEmpty(value.Text) ? null : value.Text,
    };

    public static string TypeName(FactType type) => type switch
    {
        FactType.Number => "数字",
        FactType.Integer => "整数",
        FactType.Boolean => "“是”或“否”",
        FactType.Date => "日期",
        FactType.Choice => "选项之一",
        _ => "文字",
    };

    /// <summary>A choice without declared options accepts any text.</summary>
    private static bool IsOption(FactDescriptor descriptor, string text) =>
        descriptor.Options is not { Count: > 0 } options || options.Contains(text, StringComparer.Ordinal);
}
