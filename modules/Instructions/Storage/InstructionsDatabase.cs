using Reserve.Persistence;

namespace Reserve.Instructions.Storage;

/// <summary>The database the module was registered on.</summary>
internal sealed record InstructionsDatabase(DatabaseOptions Options);
