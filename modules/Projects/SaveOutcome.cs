using Reserve.Projects.Validation;

namespace Reserve.Projects;

/// <summary>What became of a save: stored (with the new version), refused by validation, or a conflict.</summary>
public sealed record SaveOutcome(StoredProject? Saved, IReadOnlyList<ImportProblem> Problems, string? Conflict)
{
    public bool Succeeded => Saved is not null;
}
