using Reserve.Matching.Web;
using Microsoft.Extensions.Logging;
using Reserve.Accounts;
using Reserve.Jobs;
using Reserve.Matching;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Projects.DemoData;
using Reserve.Channels;
using Reserve.Review;

namespace Reserve.Host.Composition;

/// <summary>
/// What every start does: bring the tables up to date, seed an empty reserve and the accounts, queue a
/// re-match of stale results. Each is safe when several instances start at once on one database: migrations
/// and seeding run under a database-wide lock, and the re-match is a job that exactly one instance runs.
/// </summary>
internal sealed class StartupTasks(
    IServiceProvider services, ModuleRegistry modules, IProjectReserve reserve, IMatchResults results, IJobQueue jobs, Reserve.Channels.ChannelCatalog catalog,
    IAccounts accounts, IReview review, ReviewCalendar calendar, TimeProvider clock, ReserveOptions options, ILogger<StartupTasks> logger)
{
    /// <summary>Every enabled module's migrations, in the registry's order; a switched-off module's tables are left as they are.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules.Enabled)
        {
            await module.MigrateAsync(services, cancellationToken);
        }
    }

    /// <summary>The accounts first (the dispatch demo makes the demo `leader` a 包抓领导), then the demo data of the enabled modules.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedAccountsIfEmptyAsync(cancellationToken);
        await services.GetRequiredService<DemoSeeding>().SeedAsync(cancellationToken);
    }

    /// <summary>
    /// A site with no account yet gets the demo accounts when demo data is on; otherwise one administrator
    /// whose password comes from configuration (Reserve:AdminPassword), so a real deployment has no known password.
    /// </summary>
    public async Task SeedAccountsIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using var gate = await DatabaseLock.AcquireAsync(options.Database, "reserve:seed-accounts", cancellationToken);
        if (await accounts.AnyUserAsync(cancellationToken))
        {
            return;
        }
        if (options.SeedDemoData)
        {
            await DemoAccounts.SeedAsync(accounts, review, calendar.ReserveYear(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)), cancellationToken);
            logger.LogInformation("已创建演示账号（密码 {Password}）", DemoAccounts.Password);
            return;
        }
        if (string.IsNullOrWhiteSpace(options.AdminPassword))
        {
            logger.LogWarning("尚无任何账号：请设置 Reserve:AdminPassword 后重启，以创建系统管理员 admin");
            return;
        }
        if (await accounts.CreateUserAsync(new NewUser("admin", "系统管理员", Role.Administrator, null, options.AdminPassword), "系统", cancellationToken) is { } problem)
        {
            logger.LogError("未能创建系统管理员：{Problem}", problem);
        }
    }

    /// <summary>Fills an empty reserve with demo projects when configured to (the embedded default); one instance does it.</summary>
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!options.SeedDemoData)
        {
            return 0;
        }
        await using var gate = await DatabaseLock.AcquireAsync(options.Database, "reserve:seed", cancellationToken);
        if (await reserve.CountAsync(new ProjectQuery(), cancellationToken) > 0)
        {
            return 0;
        }
        try
        {
            return await SeedAsync(options.DemoProjectCount, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            // Demo data the active plugins cannot accept must not keep the site from starting.
            logger.LogError("未生成演示数据：{Reason}", ex.Message);
            return 0;
        }
    }

    public async Task<int> SeedAsync(int count, CancellationToken cancellationToken)
    {
        var outcome = await reserve.ImportAsync(DemoProjects.Generate(count, DemoOptions(catalog)), "演示数据", cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("演示数据未通过校验：" + string.Join("；", outcome.Problems.Take(5).Select(p => $"第{p.Row}条 {p.Column}：{p.Message}")));
        }
        logger.LogInformation("已生成演示数据 {Count} 个项目", outcome.Created);
        return outcome.Created;
    }

    /// <summary>Demo records carry only the facts the loaded channels declare, so they import whatever plugins are active.</summary>
    public static DemoProjectOptions DemoOptions(Reserve.Channels.ChannelCatalog catalog) =>
        new() { FactKeys = catalog.ChannelFacts.Select(f => f.Key).ToHashSet(StringComparer.Ordinal) };

    /// <summary>
    /// Results computed by another plugin version (or before a channel existed) are recomputed by a
    /// <c>rematch-all</c> job. Instances starting together queue one job between them (dedupe key per plugin
    /// set); a job queued late finds the results current and does nothing. Returns the job, or null when current.
    /// </summary>
    public async Task<JobInfo?> QueueRematchIfStaleAsync(CancellationToken cancellationToken)
    {
        if (!await results.IsStaleAsync(cancellationToken))
        {
            return null;
        }
        var job = await jobs.EnqueueAsync(RematchAllJob.JobKind, "{}", "系统", null, RematchAllJob.DedupeKey(catalog), cancellationToken);
        logger.LogInformation("插件或渠道有变化，已排队重新匹配全部项目（任务 {Id}，{State}）", job.Id, job.State);
        return job;
    }
}
