using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Demo;

/// <summary>
/// The reserve projects the demo dispatch, 招商 and approval data are made from: the first
/// <see cref="Size"/> by id, whatever the reserve holds. The demo stays the same size (and a start stays as quick)
/// with 600 projects or 100,000: one page read, not the whole reserve.
/// </summary>
internal static class DemoSample
{
    /// <summary>The default demo reserve's size (Reserve:DemoProjectCount).</summary>
    public const int Size = 600;

    public static async Task<IReadOnlyList<ProjectRecord>> ReadAsync(IProjectReserve reserve, CancellationToken cancellationToken) =>
        (await reserve.ListAsync(new ProjectQuery(Take: Size), cancellationToken)).Select(p => p.Record).ToList();
}
