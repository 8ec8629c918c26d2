using Reserve.Sdk.Projects;

namespace Reserve.Projects;

/// <summary>A project as stored: the record and the version a later save must name (concurrency token).</summary>
public sealed record StoredProject(ProjectRecord Record, int Version, DateTime UpdatedAtUtc, string UpdatedBy);
