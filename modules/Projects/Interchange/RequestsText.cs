using System.Globalization;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// 拟申请渠道 in one spreadsheet cell: <c>old-communities:960; special-bonds:3000</c>, channel id and
/// amount (万元) joined by a colon, items separated by semicolons or new lines.
/// </summary>
internal static class RequestsText
{
    public const string Example = "old-communities:960; special-bonds:3000";

    private static readonly char[] ItemSeparators = [';', '；', '\n', '\r'];
    private static readonly char[] AmountSeparators = [':', '：'];

    public static bool TryParse(RawValue raw, out List<ChannelRequest> requests, out string error)
    {
        requests = [];
        if (!ValueReaders.TryText(raw, out var text, out error))
        {
            return false;
        }
        var wrong = new List<string>();
        foreach (var item in text.Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = item.LastIndexOfAny(AmountSeparators);
            var channel = colon > 0 ? item[..colon].Trim() : "";
            if (channel.Length == 0
                || !ValueReaders.TryNumber(RawValue.OfText(item[(colon + 1)..]), out var amount, out _))
            {
                wrong.Add(item);
                continue;
            }
            requests.Add(new ChannelRequest { Channel = channel, Amount = amount });
        }
        if (wrong.Count == 0)
        {
            return true;
        }
        error = $"{string.Join("、", wrong.Select(w => $"“{w}”"))}不是“渠道:金额”的写法，例如 {Example}";
        return false;
    }

    public static string? Format(IReadOnlyCollection<ChannelRequest> requests) =>
        requests.Count == 0
            ? null
            : string.Join("; ", requests.Select(r => $"{r.Channel}:{r.Amount.ToString(CultureInfo.InvariantCulture)}"));
}
