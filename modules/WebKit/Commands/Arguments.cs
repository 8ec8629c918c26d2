namespace Reserve.WebKit.Commands;

/// <summary>Positional words and <c>--name value</c> / <c>--flag</c> options of one command line.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    // Every value of an option given more than once (--quota a=1 --quota b=2), in order.
    private readonly List<(string Name, string? Value)> _all = [];

    public Arguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = a.IndexOf('=');
                if (eq > 0)
                {
                    _options[a[2..eq]] = a[(eq + 1)..];
                    _all.Add((a[2..eq], a[(eq + 1)..]));
                }
                else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    _options[a[2..]] = list[++i];
                    _all.Add((a[2..], list[i]));
                }
                else
                {
                    _options[a[2..]] = null;
                }
            }
            else
            {
                Positional.Add(a);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public IEnumerable<string> OptionNames => _options.Keys;

    /// <summary>Every value given to an option, for one that may be repeated.</summary>
    public IReadOnlyList<string> Values(string name) =>
        [.. _all.Where(o => o.Name == name && o.Value is not null).Select(o => o.Value!)];
}
