using System.Text;

namespace Reserve.Rendering.Sandbox;

/// <summary>人民币金额大写 (as on cheques and 申报表): 壹亿贰仟叁佰肆拾伍万陆仟柒佰元整.</summary>
internal static class ChineseAmount
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] SectionUnits = ["", "万", "亿", "万亿"];
    private static readonly string[] PlaceUnits = ["", "拾", "佰", "仟"];

    /// <summary>An amount in 万元, written in 元 (rounded to 分).</summary>
    public static string FromWan(decimal wan) => FromYuan(wan * 10000m);

    public static string FromYuan(decimal yuan)
    {
        var fen = decimal.Round(Math.Abs(yuan) * 100m, 0, MidpointRounding.AwayFromZero);
        if (fen > 99_999_999_999_999_99m)
        {
            throw new ArgumentOutOfRangeException(nameof(yuan), "金额超出可大写的范围");
        }
        var integer = (long)(fen / 100m);
        var jiao = (int)(fen / 10m % 10m);
        var fenDigit = (int)(fen % 10m);
        if (integer == 0 && jiao == 0 && fenDigit == 0)
        {
            return "零元整";
        }
        var sb = new StringBuilder();
        if (yuan < 0)
        {
            sb.Append('负');
        }
        if (integer > 0)
        {
            sb.Append(Integer(integer)).Append('元');
        }
        if (jiao == 0 && fenDigit == 0)
        {
            return sb.Append('整').ToString();
        }
        if (jiao > 0)
        {
            sb.Append(Digits[jiao]).Append('角');
        }
        else if (integer > 0)
        {
            sb.Append('零');
        }
        if (fenDigit > 0)
        {
            sb.Append(Digits[fenDigit]).Append('分');
        }
        return sb.ToString();
    }

    private static string Integer(long n)
    {
        var sections = new List<int>();
        for (var rest = n; rest > 0; rest /= 10000)
        {
            sections.Add((int)(rest % 10000));
        }
        var sb = new StringBuilder();
        var skipped = false;
        for (var i = sections.Count - 1; i >= 0; i--)
        {
            var s = sections[i];
            if (s == 0)
            {
                skipped |= sb.Length > 0;
                continue;
            }
            if (sb.Length > 0 && (skipped || s < 1000))
            {
                sb.Append('零');
            }
            sb.Append(Section(s)).Append(SectionUnits[i]);
            skipped = false;
        }
        return sb.ToString();
    }

    private static string Section(int s)
    {
        var sb = new StringBuilder();
        var pendingZero = false;
        for (var place = 3; place >= 0; place--)
        {
            var d = s / (int)Math.Pow(10, place) % 10;
            if (d == 0)
            {
                pendingZero |= sb.Length > 0;
                continue;
            }
            if (pendingZero)
            {
                sb.Append('零');
                pendingZero = false;
            }
            sb.Append(Digits[d]).Append(PlaceUnits[place]);
        }
        return sb.ToString();
    }
}
