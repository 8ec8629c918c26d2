using System.Text;

namespace Reserve.Projects.Storage;

/// <summary>
/// The document of one project in SQLite's pair index (<c>reserve_projects_pairs</c>, migration LeanPairIndex), written
/// here for a large import (<see cref="SqliteBulkIndexing"/>) where the triggers write it in SQL: every pair of characters
/// that starts at a non-space of the searched text, lower-cased as SQLite's <c>lower()</c> does (ASCII only), as the hex
/// of its UTF-8 bytes, the pairs apart by a space. It must equal the triggers' text token for token (a contentless FTS5
/// table deletes a document by being told its tokens again), which <c>SearchPairsTests</c> checks against SQLite itself.
/// </summary>
internal static class SearchPairs
{
    private const string Digits = "0123456789ABCDEF";

    /// <summary>The positions the triggers walk (the rows of <c>reserve_search_positions</c>): a longer text's tail has no pairs.</summary>
    private const int Positions = 2400;

    /// <summary>The pair tokens of <paramref name="text"/> (the searched text, columns apart by a space), appended to <paramref name="into"/>.</summary>
    public static void Append(StringBuilder into, string text)
    {
        Span<byte> utf8 = stackalloc byte[8];
        var first = true;
        var at = 0;
        for (var position = 1; position <= Positions && at < text.Length; position++)
        {
            var current = Next(text, at, out var width);
            at += width;
            // SQLite counts characters as code points: a pair is two of them, the last character alone at the end.
            if (current.Value == ' ')
            {
                continue;
            }
            var written = Lower(current).EncodeToUtf8(utf8);
            if (at < text.Length)
            {
                written += Lower(Next(text, at, out _)).EncodeToUtf8(utf8[written..]);
            }
            if (!first)
            {
                into.Append(' ');
            }
            first = false;
            foreach (var b in utf8[..written])
            {
                into.Append(Digits[b >> 4]).Append(Digits[b & 0xF]);
            }
        }
    }

    /// <summary>The pair tokens of <paramref name="text"/> as one string.</summary>
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length * 13);
        Append(builder, text);
        return builder.ToString();
    }

    // A lone surrogate cannot come out of SQLite's UTF-8; were one there, it stands as the replacement character, as
    // SQLite's own conversion of such text would store it.
    private static Rune Next(string text, int at, out int width)
    {
        var status = Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out width);
        return status == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar;
    }

    private static Rune Lower(Rune rune) => rune.Value is >= 'A' and <= 'Z' ? new Rune(rune.Value + ('a' - 'A')) : rune;
}
