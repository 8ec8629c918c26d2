using Reserve.Matching.Web;
using Microsoft.Extensions.Logging;
using Reserve.Accounts;
using Reserve.Jobs;
using Reserve.Matching;
using Reserve.Persistence;
using Reserve.Channels;

namespace Reserve.Host.Composition;

/// <summary>
/// What every start does: bring the tables up to date, seed the enabled modules' demo data and the accounts, queue a
/// re-match of stale results. Each is safe when several instances start at once on one database: migrations
/// and seeding run under a database-wide lock, and the re-match is a job that exactly one instance runs.
/// </summary>
internal sealed class StartupTasks(
    IServiceProvider services, ModuleRegistry modules, IMatchResults results, IJobQueue jobs, Reserve.Channels.ChannelCatalog catalog,
    IAccounts accounts, ReserveOptions options, ILogger<StartupTasks> logger)
{
    /// <summary>Every enabled module's migrations, in the registry's order; a switched-off module's tables are left as they are.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules.Enabled)
        {
            await module.MigrateAsync(services, cancellationToken);
        }
    }

    /// <summary>
    /// Every enabled module's demo data (the demo module, on while Reserve:SeedDemoData is, creates the demo accounts
    /// first); then, on a site still without an account, the administrator of <see cref="SeedAdministratorIfNoAccountAsync"/>.
    /// </summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules.Enabled)
        {
            await module.SeedDemoAsync(services, cancellationToken);
        }
        await SeedAdministratorIfNoAccountAsync(cancellationToken);
    }

    /// <summary>
    /// A site with no account yet gets one administrator whose password comes from configuration
    /// (Reserve:AdminPassword), so a real deployment has no known password.
    /// </summary>
    private async Task SeedAdministratorIfNoAccountAsync(CancellationToken cancellationToken)
    {
        await using var gate = await DatabaseLock.AcquireAsync(options.Database, "reserve:seed-accounts", cancellationToken);
        if (await accounts.AnyUserAsync(cancellationToken))
        {
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
