using Reserve.Persistence;

namespace Reserve.Review.Storage;

/// <summary>The database the module was registered on.</summary>
internal sealed record ReviewDatabase(DatabaseOptions Options);
