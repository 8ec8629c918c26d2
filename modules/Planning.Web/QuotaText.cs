using System.Globalization;

namespace Reserve.Planning.Web;

/// <summary>Reads <c>渠道=万元</c> quotas, one per value or several separated by commas.</summary>
internal static class QuotaText
{
    public static bool TryParse(IEnumerable<string> values, out Dictionary<string, decimal> quotas, out string problem)
    {
        quotas = new Dictionary<string, decimal>(StringComparer.Ordinal);
        problem = "";
        foreach (var item in values.SelectMany(v => v.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var eq = item.IndexOf('=');
            if (eq <= 0 || !decimal.TryParse(item[(eq + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                problem = $"--quota“{item}”应为 渠道=万元，例如 special-bonds=20000";
                return false;
            }
            var channel = item[..eq].Trim();
            if (!quotas.TryAdd(channel, amount))
            {
                problem = $"--quota 重复给出了渠道“{channel}”的额度";
                return false;
            }
        }
        return true;
    }
}
