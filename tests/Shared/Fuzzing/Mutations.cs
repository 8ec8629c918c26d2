using System.Text;

namespace Reserve.Testing.Fuzzing;

/// <summary>
/// The mutations the fuzzers apply to valid inputs, driven by the numbers FsCheck generates: values that break
/// parsers (wrong types, extremes, huge or odd text), and byte and text edits (flips, cuts, repeats, truncation).
/// </summary>
internal static class Mutations
{
    /// <summary>Cell and field values that have broken parsers elsewhere.</summary>
    public static readonly string[] NastyText =
    [
        "", " ", "-1", "0", "-0", "1e308", "-1e308", "1e-320", "NaN", "Infinity", "9999999999999999999999999999999",
        "79228162514264337593543950336", "0.00000000000000000000000001", "１２０００", "一万二千", "12,000.5", "12 000", "1,2,3",
        "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "10000-01-01", "2026/7/1", "45000", "-45000", "2958466",
        "true", "false", "是", "否", "null", "[]", "{}", "\"", "'", "\\", "<", "&amp;", "<![CDATA[x]]>", "=SUM(A1:A9)",
        "\u0000", "\u0001\u0002", "\ufffd", "\ud800", "😀🏗️", "\u202e反向", "审批", "核准", "备案", "前期", "谋划",
        "old-communities:960；special-bonds:abc", "special-bonds：-5", ":::", "；；；", "2017-450114-48-01-900353",
        "91350100M000100Y43", "91350100M000100Y44", new string('长', 5000), new string('9', 400), string.Concat(Enumerable.Repeat("a,", 3000)),
    ];

    public static string Pick(int n) => NastyText[Math.Abs(n % NastyText.Length)];

    /// <summary>Applies byte edits chosen by <paramref name="ops"/> (each number picks an edit and where).</summary>
    public static byte[] Bytes(byte[] input, int[] ops)
    {
        var bytes = new List<byte>(input);
        foreach (var op in ops)
        {
            if (bytes.Count == 0)
            {
                break;
            }
            var at = (int)((uint)op % (uint)bytes.Count);
            switch ((uint)op % 5)
            {
                case 0: bytes[at] ^= (byte)(1 << (op >> 3 & 7)); break;
                case 1: bytes.RemoveRange(at, Math.Min(1 + (op >> 4 & 63), bytes.Count - at)); break;
                case 2: bytes.InsertRange(at, bytes.Skip(at).Take(1 + (op >> 4 & 63)).ToList()); break;
                case 3: bytes[at] = (byte)(op >> 8); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }
        return [.. bytes];
    }

    /// <summary>Applies text edits chosen by <paramref name="ops"/>: a nasty value spliced in, a span cut or repeated.</summary>
    public static string Text(string input, int[] ops)
    {
        var text = new StringBuilder(input);
        foreach (var op in ops)
        {
            if (text.Length == 0)
            {
                break;
            }
            var at = (int)((uint)op % (uint)text.Length);
            var length = Math.Min(1 + (op >> 5 & 31), text.Length - at);
            switch ((uint)op % 4)
            {
                case 0: text.Insert(at, Pick(op >> 7)); break;
                case 1: text.Remove(at, length); break;
                case 2: text.Insert(at, text.ToString(at, length)); break;
                default: text.Remove(at, length).Insert(at, Pick(op >> 7)); break;
            }
        }
        return text.ToString();
    }
}
