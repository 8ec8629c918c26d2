using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Facts;

/// <summary>
/// Typed reads of a channel fact. An absent fact, or one whose value has the wrong type, reads as null, so a rule
/// reports it as missing: a bad entry must be corrected, never judged as 否 or 0.
/// </summary>
public static class FactReaders
{
    public static decimal? Number(ProjectRecord p, FactDescriptor fact) =>
        p.TryGetFact(fact.Key, out var v) && v.Type is FactType.Number or FactType.Integer ? v.Number : null;

    /// <summary>A yes/no fact; the XLSX import may leave 是/否 as text, so both forms are read.</summary>
    public static bool? Flag(ProjectRecord p, FactDescriptor fact)
    {
        if (!p.TryGetFact(fact.Key, out var v))
        {
            return null;
        }
        return v.Type switch
        {
            FactType.Boolean => v.Flag,
            FactType.Text or FactType.Choice => v.Text?.Trim() switch { "是" => true, "否" => false, _ => null },
            _ => null,
        };
    }

    /// <summary>A year written as four digits.</summary>
    public static int? Year(ProjectRecord p, FactDescriptor fact) =>
        Number(p, fact) is { } year && year == decimal.Truncate(year) && year is >= 1000 and <= 9999 ? (int)year : null;

    /// <summary>One of the descriptor's options, trimmed.</summary>
    public static string? Choice(ProjectRecord p, FactDescriptor fact) =>
        p.TryGetFact(fact.Key, out var v) && v.Type is FactType.Choice or FactType.Text
            && fact.Options is { } options && options.Contains(v.Text?.Trim() ?? "")
            ? v.Text!.Trim()
            : null;
}
