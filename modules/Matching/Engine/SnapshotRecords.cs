using System.Collections;
using Reserve.Sdk.Projects;

namespace Reserve.Matching.Engine;

/// <summary>The records behind a list of snapshots, read through without copying the list.</summary>
internal sealed class SnapshotRecords(IReadOnlyList<ProjectSnapshot> snapshots) : IReadOnlyList<ProjectRecord>
{
    public ProjectRecord this[int index] => snapshots[index].Record;

    public int Count => snapshots.Count;

    public IEnumerator<ProjectRecord> GetEnumerator()
    {
        foreach (var snapshot in snapshots)
        {
            yield return snapshot.Record;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
