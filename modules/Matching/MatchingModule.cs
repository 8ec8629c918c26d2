using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Channels;
using Reserve.Matching.Storage;
using Reserve.Projects;

namespace Reserve.Matching;

/// <summary>Registers the engine and the stored results, and brings the results table up to date.</summary>
public static class MatchingModule
{
    public static IServiceCollection AddMatching(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<MatchingDbContext>(options => options.UseSqlite(
            connectionString, sqlite => sqlite.MigrationsHistoryTable(MatchingDbContext.HistoryTable)));
        services.AddSingleton(sp => new MatchEngine(sp.GetRequiredService<ChannelCatalog>()));
        services.AddSingleton<MatchResultStore>();
        services.AddSingleton<IMatchResults, MatchResults>();
        services.AddSingleton<IProjectChangeObserver, RematchOnChange>();
        return services;
    }

    public static async Task MigrateMatchingAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<MatchingDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
