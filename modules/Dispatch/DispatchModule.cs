using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reserve.Dispatch.Storage;
using Reserve.Persistence;

namespace Reserve.Dispatch;

/// <summary>Registers 项目调度 and brings its tables up to date.</summary>
public static class DispatchModule
{
    /// <summary>
    /// Registers <see cref="IDispatchService"/> on its own tables in the configured database (SQLite or PostgreSQL).
    /// Needs <see cref="Projects.IProjectReserve"/> (plan projects link to reserve projects) and uses the registered
    /// <see cref="TimeProvider"/> (the system clock when none is).
    /// </summary>
    public static IServiceCollection AddDispatch(this IServiceCollection services, DatabaseOptions database, Action<DispatchOptions>? configure = null)
    {
        var options = new DispatchOptions();
        configure?.Invoke(options);
        services.AddSingleton(new DispatchDatabase(database));
        services.AddModuleDatabase<DispatchDbContext, PostgresDispatchDbContext>(database, DispatchDbContext.HistoryTable);
        services.AddChangeStamps(database, new ChangeSource(DispatchService.AuditStamp, """SELECT MAX("Id") FROM dispatch_audit"""));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<IDispatchService, DispatchService>();
        services.AddSingleton<Projects.IProjectChangeObserver, PlannedStartFollower>();
        return services;
    }

    /// <summary>Applies the dispatch migrations of the configured provider (never EnsureCreated), under the database's migration lock.</summary>
    public static Task MigrateDispatchAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.MigrateModuleAsync<DispatchDbContext>(services.GetRequiredService<DispatchDatabase>().Options, cancellationToken);
}
