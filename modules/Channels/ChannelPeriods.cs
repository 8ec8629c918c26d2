using Reserve.Sdk.Channels;

namespace Reserve.Channels;

/// <summary>
/// Channels whose programme has ended (the 2020 抗疫特别国债): wherever a clerk is shown a list of channels they come
/// last and greyed, so the channels a project can still apply to are read first.
/// </summary>
public static class ChannelPeriods
{
    public static bool HasEnded(ChannelDefinition? definition, DateOnly today) => definition?.ValidTo is { } end && end < today;

    /// <summary>The channels in their order, those that have ended moved to the end.</summary>
    public static IReadOnlyList<ActiveChannel> CurrentFirst(IEnumerable<ActiveChannel> channels, DateOnly today) =>
        channels.OrderBy(c => HasEnded(c.Definition, today)).ToList();
}
