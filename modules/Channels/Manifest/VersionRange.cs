namespace Reserve.Channels.Manifest;

/// <summary>
/// A range such as <c>&gt;=1.0.0 &lt;2.0.0</c>: space-separated comparators (&gt;=, &gt;, &lt;=, &lt;, =),
/// all of which must hold. A bare version means exactly that version.
/// </summary>
public sealed class VersionRange
{
    private readonly (string Op, SemanticVersion Version)[] _comparators;

    private VersionRange(string text, (string, SemanticVersion)[] comparators)
    {
        Text = text;
        _comparators = comparators;
    }

    public string Text { get; }

    public static bool TryParse(string? text, out VersionRange? range)
    {
        range = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var list = new List<(string, SemanticVersion)>();
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var op = token.StartsWith(">=", StringComparison.Ordinal) || token.StartsWith("<=", StringComparison.Ordinal) ? token[..2]
                : token[0] is '>' or '<' or '=' ? token[..1]
                : "=";
            var versionText = token[(op == "=" && token[0] != '=' ? 0 : op.Length)..];
            if (!SemanticVersion.TryParse(versionText, out var version))
            {
                return false;
            }
            list.Add((op, version));
        }
        range = new VersionRange(text.Trim(), [.. list]);
        return list.Count > 0;
    }

    public bool Includes(SemanticVersion version)
    {
        foreach (var (op, bound) in _comparators)
        {
            var ok = op switch
            {
                ">=" => version >= bound,
                ">" => version > bound,
                "<=" => version <= bound,
                "<" => version < bound,
                _ => version.CompareTo(bound) == 0,
            };
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    public override string ToString() => Text;
}
