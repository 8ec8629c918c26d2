using Reserve.Sdk.Facts;

namespace Reserve.Projects.Interchange;

/// <summary>
/// What an import knows of the channels: the facts they declare, by key, and the channels a record's
/// 拟申请渠道 may name. Several plugins may declare the same fact key; the first declaration wins, so that the
/// key maps to one type and one column.
/// </summary>
internal sealed class ChannelFacts
{
    private readonly Dictionary<string, FactDescriptor> _byKey = new(StringComparer.Ordinal);

    public ChannelFacts(IEnumerable<FactDescriptor> descriptors, IEnumerable<KnownChannel>? channels = null)
    {
        var ordered = new List<FactDescriptor>();
        foreach (var descriptor in descriptors)
        {
            if (_byKey.TryAdd(descriptor.Key, descriptor))
            {
                ordered.Add(descriptor);
            }
        }
        All = ordered;
        Channels = new ChannelNames(channels);
    }

    public IReadOnlyList<FactDescriptor> All { get; }

    public ChannelNames Channels { get; }

    public FactDescriptor? Find(string key) => _byKey.GetValueOrDefault(key);
}
