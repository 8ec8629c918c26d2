using Reserve.Persistence;

namespace Reserve.Dispatch.Storage;

/// <summary>The database the module was registered on.</summary>
internal sealed record DispatchDatabase(DatabaseOptions Options);
