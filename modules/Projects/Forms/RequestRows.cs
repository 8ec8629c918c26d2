
namespace Reserve.Projects.Forms;

/// <summary>
/// 拟申请渠道 as the form shows them, one row per channel (its name and an amount), and back into the one value the
/// form reads (<c>名称:金额; …</c>, the cell of the XLSX interchange), so the form and a file are read by the same rules.
/// </summary>
public static class RequestRows
{
    /// <summary>The rows of a value as <see cref="ProjectForm.ValuesOf"/> gives it (names, not ids).</summary>
    public static IReadOnlyList<(string Channel, string Amount)> Split(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }
        return value.Split([';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item =>
            {
                var colon = item.LastIndexOfAny([':', '：']);
                return colon < 0 ? (item, "") : (item[..colon].Trim(), item[(colon + 1)..].Trim());
            })
            .ToList();
    }

    /// <summary>The rows posted (channel names and amounts, in pairs) as one value; rows left wholly blank are dropped.</summary>
    public static string Join(IReadOnlyList<string?> channels, IReadOnlyList<string?> amounts)
    {
        var items = new List<string>();
        for (var i = 0; i < Math.Max(channels.Count, amounts.Count); i++)
        {
            var channel = (i < channels.Count ? channels[i] : null)?.Trim() ?? "";
            var amount = (i < amounts.Count ? amounts[i] : null)?.Trim() ?? "";
            if (channel.Length > 0 || amount.Length > 0)
            {
                items.Add($"{channel}:{amount}");
            }
        }
        return string.Join("; ", items);
    }
}
