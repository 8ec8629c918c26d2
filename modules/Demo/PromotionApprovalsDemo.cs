using Microsoft.Extensions.Logging;
using Reserve.Approvals;
using Reserve.Demo.Approvals;
using Reserve.Demo.Promotion;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Promotion;

namespace Reserve.Demo;

/// <summary>
/// Demo 招商 deals and approval records, after the reserve's demo projects: landed deals and pre-work approvals
/// point at those projects, so they are generated from the stored reserve (its first <see cref="DemoSample.Size"/>
/// projects: the demo stays the same size whatever the reserve holds). Each module fills only its empty
/// tables, under a database-wide lock of its own, so instances starting together seed once.
/// </summary>
/// <remarks>Each service is asked for only when its module seeds, so either module may be switched off.</remarks>
internal sealed class PromotionApprovalsDemo(
    IProjectReserve reserve, IServiceProvider services, TimeProvider clock, DemoSettings settings, ILogger<PromotionApprovalsDemo> logger)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task SeedPromotionAsync(CancellationToken cancellationToken)
    {
        var promotion = services.GetRequiredService<IPromotionService>();
        await using (await DatabaseLock.AcquireAsync(settings.Database, "reserve:seed-promotion", cancellationToken))
        {
            // Every start after the first stops here, before the sample is read and the demo generated.
            if (await promotion.CountAsync(new DealQuery(), cancellationToken) > 0 || (await promotion.EventPageAsync(0, 1, cancellationToken)).Total > 0)
            {
                return;
            }
            var projects = await DemoSample.ReadAsync(reserve, cancellationToken);
            if (await promotion.SeedDemoAsync(PromotionDemo.Generate(projects, asOf: Today), DemoModule.Actor, cancellationToken) is > 0 and var deals)
            {
                logger.LogInformation("已生成招商引资演示数据 {Count} 个项目", deals);
            }
        }
    }

    public async Task SeedApprovalsAsync(CancellationToken cancellationToken)
    {
        var approvals = services.GetRequiredService<IApprovalService>();
        await using (await DatabaseLock.AcquireAsync(settings.Database, "reserve:seed-approvals", cancellationToken))
        {
            // Every start after the first stops here, before the sample is read and thousands of records generated.
            if (await approvals.HoldsRecordsAndJointReviewsAsync(cancellationToken))
            {
                return;
            }
            var projects = await DemoSample.ReadAsync(reserve, cancellationToken);
            var (records, reviews) = await ApprovalDemo.SeedAsync(approvals, projects, Today, DemoModule.Actor, cancellationToken);
            if (records + reviews > 0)
            {
                logger.LogInformation("已生成审批服务演示数据 {Count} 条、联合审查 {Reviews} 项", records, reviews);
            }
        }
    }
}
