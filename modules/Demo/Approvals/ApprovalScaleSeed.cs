using Reserve.Approvals;
using Reserve.Projects;
using Reserve.WebKit.Commands;

namespace Reserve.Demo.Approvals;

/// <summary>
/// <c>seed-approvals</c>: demo approval records for every project of the reserve, not only the demo sample — the
/// province-scale load the /approvals page is measured against (100,000 projects give about 460,000 records).
/// Meant for a copy of a benchmark reserve, never a city's own data. Items already recorded are left as they
/// are, so a second run adds nothing.
/// </summary>
internal static class ApprovalScaleSeed
{
    /// <summary>The reserve's longest page.</summary>
    private const int PageSize = 1000;

    public static ModuleCommand Command { get; } = new("seed-approvals",
        "  seed-approvals                  为储备库中每个项目生成审批演示记录（省级规模基准用，只用于基准库副本；已有记录的事项不变）\n",
        RunAsync, NeedsDatabase: _ => true);

    private static async Task<int> RunAsync(CommandContext context)
    {
        if (context.Services.GetService<IApprovalService>() is not { } approvals)
        {
            context.Error.WriteLine("审批服务模块已由配置关闭，未生成审批记录");
            return 1;
        }
        var reserve = context.Get<IProjectReserve>();
        var today = DateOnly.FromDateTime(context.Get<TimeProvider>().GetLocalNow().DateTime);
        var (projects, added) = (0, 0);
        for (var skip = 0; ; skip += PageSize)
        {
            var page = (await reserve.ListAsync(new ProjectQuery(Skip: skip, Take: PageSize), context.CancellationToken)).Select(p => p.Record).ToList();
            if (page.Count == 0)
            {
                break;
            }
            // A seed per page: the same reserve gives the same records, and no two pages repeat one draw.
            added += await approvals.AppendDemoAsync(ApprovalDemo.Generate(page, seed: ApprovalDemo.DefaultSeed + skip, asOf: today), DemoModule.Actor, context.CancellationToken);
            projects += page.Count;
            if (skip / PageSize % 10 == 9)
            {
                context.Output.WriteLine($"已处理 {projects} 个项目，新增审批记录 {added} 条");
            }
        }
        context.Output.WriteLine($"共处理 {projects} 个项目，新增审批记录 {added} 条");
        return 0;
    }
}
