using Reserve.Sdk.Facts;

namespace Reserve.Projects.Interchange;

/// <summary>
/// The channel facts an import knows, by key. Several plugins may declare the same key; the first
/// declaration wins, so that the key maps to one type and one column.
/// </summary>
internal sealed class ChannelFacts
{
    private readonly Dictionary<string, FactDescriptor> _byKey = new(StringComparer.Ordinal);

    public ChannelFacts(IEnumerable<FactDescriptor> descriptors)
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
    }

    public IReadOnlyList<FactDescriptor> All { get; }

    public FactDescriptor? Find(string key) => _byKey.GetValueOrDefault(key);
}
