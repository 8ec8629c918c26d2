using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// The channels 拟申请渠道 may name: a cell or a form gives the Chinese name (or, in files written before names were
/// used, the id), a record stores the id. When no channel is known every name is accepted as written.
/// </summary>
internal sealed class ChannelNames
{
    private readonly Dictionary<string, KnownChannel> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, KnownChannel> _byName = new(StringComparer.Ordinal);

    public ChannelNames(IEnumerable<KnownChannel>? channels)
    {
        var all = new List<KnownChannel>();
        foreach (var channel in channels ?? [])
        {
            if (_byId.TryAdd(channel.Id, channel))
            {
                _byName.TryAdd(channel.Name.Trim(), channel);
                all.Add(channel);
            }
        }
        All = all;
    }

    public IReadOnlyList<KnownChannel> All { get; }

    /// <summary>Whether names are checked at all (a catalog was given).</summary>
    public bool Known => All.Count > 0;

    /// <summary>The channel a name or an id written by a person stands for, or null when there is none such.</summary>
    public KnownChannel? Find(string text)
    {
        var trimmed = text.Trim();
        return _byName.GetValueOrDefault(trimmed) ?? _byId.GetValueOrDefault(trimmed);
    }

    /// <summary>What people read for a stored id: the channel's name, or the id itself when no channel has it.</summary>
    public string NameOf(string id) => _byId.TryGetValue(id, out var channel) ? channel.Name : id;

    /// <summary>The text a person wrote, as a record stores it: the id of the channel it names, or the text unchanged when it names none.</summary>
    public string IdOf(string text) => Find(text)?.Id ?? text.Trim();

    /// <summary>Whether a record may store this id: one of the channels, or anything when none is known.</summary>
    public bool Accepts(string id) => !Known || _byId.ContainsKey(id);

    /// <summary>A record's 拟申请渠道 as the reserve stores them: each name that stands for a channel replaced by its id.</summary>
    public void ToIds(ProjectRecord record)
    {
        foreach (var request in record.Requests)
        {
            request.Channel = IdOf(request.Channel);
        }
    }

    /// <summary>A few names, for a message that says what may be written.</summary>
    public string Examples(int count = 3) => string.Join("、", All.Take(count).Select(c => c.Name));
}
