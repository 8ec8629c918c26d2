using Reserve.Persistence;

namespace Reserve.Projects.Storage;

/// <summary>The database the reserve was registered on (each module keeps its own, so registering two is no clash).</summary>
internal sealed record ProjectsDatabase(DatabaseOptions Options);
