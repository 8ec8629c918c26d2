using Reserve.Sdk.Facts;

namespace Reserve.Channels;

/// <summary>The channels serving at one moment: built whole and never changed, swapped in one step.</summary>
public sealed class ActiveSet
{
    private readonly Dictionary<string, ActiveChannel> _byId;

    internal ActiveSet(IReadOnlyList<ActiveChannel> channels)
    {
        Channels = channels;
        _byId = channels.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Facts = channels.SelectMany(c => c.Definition.Facts)
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
    }

    public IReadOnlyList<ActiveChannel> Channels { get; }

    public IReadOnlyList<FactDescriptor> Facts { get; }

    public ActiveChannel? Find(string channelId) => _byId.GetValueOrDefault(channelId);
}
