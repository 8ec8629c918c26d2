using Microsoft.Extensions.DependencyInjection;
using Reserve.Persistence;
using Reserve.Projects.Storage;

namespace Reserve.Projects;

/// <summary>Registers the reserve and brings its tables up to date.</summary>
public static class ProjectsModule
{
    public static IServiceCollection AddProjectReserve(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(new ProjectsDatabase(database));
        services.AddModuleDatabase<ProjectsDbContext, PostgresProjectsDbContext>(database, ProjectsDbContext.HistoryTable);
        services.AddReserveStamps(database);
        services.AddSingleton<IProjectReserve, ProjectReserve>();
        services.AddSingleton<IImportDrafts, ImportDraftStore>();
        return services;
    }

    /// <summary>Applies the reserve's migrations (never EnsureCreated); on SQLite also turns on WAL.</summary>
    public static Task MigrateProjectReserveAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.MigrateModuleAsync<ProjectsDbContext>(services.GetRequiredService<ProjectsDatabase>().Options, cancellationToken);
}
