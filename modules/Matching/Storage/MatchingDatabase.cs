using Reserve.Persistence;

namespace Reserve.Matching.Storage;

/// <summary>The database the stored results were registered on.</summary>
internal sealed record MatchingDatabase(DatabaseOptions Options);
