using System.Globalization;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// 拟申请渠道 in one spreadsheet cell: <c>城镇老旧小区改造:960; 地方政府专项债券:3000</c>, the channel's Chinese name
/// (or, in files written before names were used, its id) and the amount (万元) joined by a colon, items separated
/// by semicolons or new lines. Written from a record, each id becomes its channel's name; read, names are kept
/// as written until <see cref="RowCompletion"/> turns them into ids.
/// </summary>
internal static class RequestsText
{
    private static readonly char[] ItemSeparators = [';', '；', '\n', '\r'];
    private static readonly char[] AmountSeparators = [':', '：'];

    /// <summary>How the cell is written, with the names of the first channels known (or generic words when none is).</summary>
    public static string Example(ChannelNames channels) =>
        channels.All.Count >= 2
            ? $"{channels.All[0].Name}:3000; {channels.All[1].Name}:960"
            : "渠道名称:3000; 渠道名称:960";

    public static bool TryParse(RawValue raw, ChannelNames channels, out List<ChannelRequest> requests, out string error)
    {
        requests = [];
        if (!ValueReaders.TryText(raw, out var text, out error))
        {
            return false;
        }
        var wrong = new List<string>();
        var items = text.Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var colon = item.LastIndexOfAny(AmountSeparators);
            var channel = colon >= 0 ? item[..colon].Trim() : item;
            var amountText = colon >= 0 ? item[(colon + 1)..].Trim() : "";
            if (channel.Length == 0)
            {
                wrong.Add($"第{i + 1}项（金额 {amountText}）未写渠道");
            }
            else if (amountText.Length == 0)
            {
                wrong.Add($"第{i + 1}项“{channel}”未写金额");
            }
            else if (!ValueReaders.TryNumber(RawValue.OfText(amountText), out var amount, out _))
            {
                wrong.Add($"第{i + 1}项“{channel}”的金额“{amountText}”不是数字");
            }
            else
            {
                requests.Add(new ChannelRequest { Channel = channel, Amount = amount });
            }
        }
        if (wrong.Count == 0)
        {
            return true;
        }
        error = $"{string.Join("；", wrong)}（写法为“渠道名称:金额”，例如 {Example(channels)}）";
        return false;
    }

    /// <summary>The cell of a record's requests, each channel by its name.</summary>
    public static string? Format(IReadOnlyCollection<ChannelRequest> requests, ChannelNames channels) =>
        requests.Count == 0
            ? null
            : string.Join("; ", requests.Select(r => $"{channels.NameOf(r.Channel)}:{r.Amount.ToString(CultureInfo.InvariantCulture)}"));
}
