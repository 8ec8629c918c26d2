using Microsoft.Extensions.DependencyInjection;
using Reserve.Channels;
using Reserve.Matching.Storage;
using Reserve.Persistence;
using Reserve.Projects;

namespace Reserve.Matching;

/// <summary>Registers the engine and the stored results, and brings the results table up to date.</summary>
public static class MatchingModule
{
    public static IServiceCollection AddMatching(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(new MatchingDatabase(database));
        services.AddModuleDatabase<MatchingDbContext, PostgresMatchingDbContext>(database, MatchingDbContext.HistoryTable);
        services.AddSingleton(sp => new MatchEngine(sp.GetRequiredService<ChannelCatalog>()));
        services.AddSingleton<MatchResultStore>();
        services.AddSingleton<IMatchResults, MatchResults>();
        services.AddSingleton<IProjectChangeObserver, RematchOnChange>();
        services.AddSingleton<IMatchAnswersSql, MatchAnswersSql>();
        return services;
    }

    public static Task MigrateMatchingAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.MigrateModuleAsync<MatchingDbContext>(services.GetRequiredService<MatchingDatabase>().Options, cancellationToken);
}
