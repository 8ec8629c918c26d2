using Reserve.Persistence;

namespace Reserve.Jobs.Storage;

/// <summary>The database the jobs were registered on.</summary>
internal sealed record JobsDatabase(DatabaseOptions Options);
