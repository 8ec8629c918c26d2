using Reserve.Sdk.Projects;

namespace Reserve.Projects;

/// <summary>Told after projects are committed, with the records as stored, so that other modules (matching) can recompute.</summary>
public interface IProjectChangeObserver
{
    Task ProjectsChangedAsync(IReadOnlyList<ProjectRecord> projects, CancellationToken cancellationToken);
}
