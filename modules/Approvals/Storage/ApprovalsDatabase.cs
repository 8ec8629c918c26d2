using Reserve.Persistence;

namespace Reserve.Approvals.Storage;

/// <summary>The database the module was registered on.</summary>
internal sealed record ApprovalsDatabase(DatabaseOptions Options);
