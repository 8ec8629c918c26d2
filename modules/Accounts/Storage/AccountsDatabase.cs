using Reserve.Persistence;

namespace Reserve.Accounts.Storage;

/// <summary>The database the module was registered on.</summary>
internal sealed record AccountsDatabase(DatabaseOptions Options);
