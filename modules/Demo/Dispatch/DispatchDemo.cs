using Microsoft.Extensions.Logging;
using Reserve.Accounts;
using Reserve.Dispatch;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Dispatch;

/// <summary>The dispatch module's demo: plan projects picked from the demo reserve, with their reports and start plans.</summary>
internal sealed class DispatchDemo(IProjectReserve reserve, IAccounts accounts, IDispatchService dispatch, DispatchOptions options, TimeProvider clock,
    DemoSettings settings, ILogger<DispatchDemo> logger)
{
    /// <summary>
    /// Puts demo dispatch data (plan projects of this year, their period reports and start plans) beside the demo
    /// reserve when the dispatch store is empty; one instance does it. Runs after the reserve's seed, over
    /// <see cref="DemoSample"/> only, so its size does not grow with the reserve.
    /// </summary>
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using var gate = await DatabaseLock.AcquireAsync(settings.Database, "reserve:seed-dispatch", cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if ((await dispatch.ListPlanProjectsAsync(today.Year, cancellationToken: cancellationToken)).Count > 0)
        {
            return 0;
        }
        var records = await DemoSample.ReadAsync(reserve, cancellationToken);
        var picked = DispatchDemoSelection.Pick(records);
        // The demo `leader` account is the 包抓领导 of the projects of the leader who has most of them, so signing in
        // as the leader shows projects (and their missing reports) of one's own.
        if (await accounts.FindAsync("leader", cancellationToken) is { Role: Role.CityLeader } demoLeader)
        {
            var busiest = picked.Where(r => !string.IsNullOrWhiteSpace(r.Leader)).GroupBy(r => r.Leader!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
            foreach (var record in busiest ?? Enumerable.Empty<ProjectRecord>())
            {
                record.Leader = demoLeader.DisplayName;
            }
        }
        var added = await dispatch.SeedDemoAsync(today.Year, DemoDispatch.Generate(picked, today, options), DemoModule.Actor, cancellationToken);
        logger.LogInformation("已生成项目调度演示数据 {Count} 个计划项目", added);
        return added;
    }
}
