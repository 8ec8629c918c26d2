using Reserve.Dispatch;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Dispatch;

/// <summary>
/// Which reserve projects the demo puts on the year's plan: taken in turn from each department (in reserve-id
/// order within it), so that every department's clerk has plan projects to report on, whatever the first
/// records of the reserve happen to be.
/// </summary>
internal static class DispatchDemoSelection
{
    public static IReadOnlyList<ProjectRecord> Pick(IReadOnlyList<ProjectRecord> reserve, int count = DemoDispatch.DefaultCount)
    {
        var queues = reserve
            .Where(r => r.Id is not null && r.TotalInvestment > 0)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .GroupBy(r => r.Department, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Queue<ProjectRecord>(g))
            .ToList();
        var picked = new List<ProjectRecord>(count);
        while (picked.Count < count && queues.Any(q => q.Count > 0))
        {
            foreach (var queue in queues.Where(q => q.Count > 0))
            {
                if (picked.Count == count)
                {
                    break;
                }
                picked.Add(queue.Dequeue());
            }
        }
        return picked;
    }
}
