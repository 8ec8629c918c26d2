using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reserve.Jobs.Running;
using Reserve.Jobs.Storage;
using Reserve.Persistence;

namespace Reserve.Jobs;

/// <summary>Registers the job queue and this instance's runner, and brings the jobs tables up to date.</summary>
public static class JobsModule
{
    /// <summary>
    /// Registers <see cref="IJobQueue"/> and a hosted runner that claims queued jobs as
    /// <paramref name="instanceName"/>. Handlers are registered apart, as <see cref="IJobHandler"/>.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, DatabaseOptions database, string instanceName, Action<JobsOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceName);
        var options = new JobsOptions { InstanceName = instanceName };
        configure?.Invoke(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(new JobsDatabase(database));
        services.AddModuleDatabase<JobsDbContext, PostgresJobsDbContext>(database, JobsDbContext.HistoryTable);
        services.AddSingleton<JobStore>();
        services.AddSingleton<JobsMetrics>();
        services.AddSingleton<IJobQueue, JobQueue>();
        if (options.RunJobs)
        {
            services.AddHostedService<JobRunner>();
        }
        return services;
    }

    public static Task MigrateJobsAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.MigrateModuleAsync<JobsDbContext>(services.GetRequiredService<JobsDatabase>().Options, cancellationToken);

    /// <summary>A name for this instance that differs between processes and machines: host name and process id.</summary>
    public static string DefaultInstanceName() => $"{Environment.MachineName}:{Environment.ProcessId}";
}
