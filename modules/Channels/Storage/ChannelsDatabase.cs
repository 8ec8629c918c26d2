using Reserve.Persistence;

namespace Reserve.Channels.Storage;

/// <summary>The database the activation tables were registered on.</summary>
internal sealed record ChannelsDatabase(DatabaseOptions Options);
