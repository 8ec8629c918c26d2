using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reserve.Dispatch.Storage;

namespace Reserve.Dispatch;

/// <summary>Registers 项目调度 and brings its tables up to date.</summary>
public static class DispatchModule
{
    /// <summary>
    /// Registers <see cref="IDispatchService"/> on its own SQLite tables. Needs <see cref="Projects.IProjectReserve"/>
    /// (plan projects link to reserve projects) and uses the registered <see cref="TimeProvider"/> (the system
    /// clock when none is).
    /// </summary>
    public static IServiceCollection AddDispatch(this IServiceCollection services, string connectionString, Action<DispatchOptions>? configure = null)
    {
        var options = new DispatchOptions();
        configure?.Invoke(options);
        services.AddDbContextFactory<DispatchDbContext>(o => o.UseSqlite(
            connectionString, sqlite => sqlite.MigrationsHistoryTable(DispatchDbContext.HistoryTable)));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<IDispatchService, DispatchService>();
        return services;
    }

    /// <summary>Applies the dispatch migrations (never EnsureCreated) and turns on WAL for a SQLite file.</summary>
    public static async Task MigrateDispatchAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<DispatchDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
