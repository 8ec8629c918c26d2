using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Matching.Storage;

/// <summary>Every committed save or import of the reserve is matched again and its results replaced.</summary>
internal sealed class RematchOnChange(MatchResultStore store) : IProjectChangeObserver
{
    public Task ProjectsChangedAsync(IReadOnlyList<ProjectRecord> projects, CancellationToken cancellationToken) =>
        store.StoreAsync(projects, cancellationToken);
}
