using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Projects.Storage;

namespace Reserve.Projects;

/// <summary>Registers the reserve and brings its tables up to date.</summary>
public static class ProjectsModule
{
    public static IServiceCollection AddProjectReserve(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<ProjectsDbContext>(options => options.UseSqlite(
            connectionString, sqlite => sqlite.MigrationsHistoryTable(ProjectsDbContext.HistoryTable)));
        services.AddSingleton<IProjectReserve, ProjectReserve>();
        return services;
    }

    /// <summary>Applies the reserve's migrations (never EnsureCreated) and turns on WAL for the SQLite file.</summary>
    public static async Task MigrateProjectReserveAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<ProjectsDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            EnsureDirectory(db.Database.GetConnectionString());
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static void EnsureDirectory(string? connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = string.IsNullOrEmpty(file) || file == ":memory:" ? null : Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
