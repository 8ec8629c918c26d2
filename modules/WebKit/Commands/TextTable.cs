using System.Text;

namespace Reserve.WebKit.Commands;

/// <summary>A plain-text table that lines up Chinese text (two columns per CJK character in a terminal).</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = headers.Select(Width).ToArray();
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length && i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }
        var sb = new StringBuilder();
        Line(sb, headers, widths);
        sb.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            Line(sb, row, widths);
        }
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string[] cells, int[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : "";
            sb.Append(cell);
            if (i < widths.Length - 1)
            {
                sb.Append(' ', widths[i] - Width(cell) + 2);
            }
        }
        sb.AppendLine();
    }

    internal static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }
        return width;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD;

    /// <summary>Cuts text to a display width, marking the cut with …</summary>
    public static string Clip(string text, int max)
    {
        if (Width(text) <= max)
        {
            return text;
        }
        var sb = new StringBuilder();
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = IsWide(rune.Value) ? 2 : 1;
            if (width + w > max - 1)
            {
                break;
            }
            sb.Append(rune.ToString());
            width += w;
        }
        return sb.Append('…').ToString();
    }
}
