using Microsoft.Extensions.DependencyInjection;
using Reserve.Funding.Storage;
using Reserve.Persistence;

namespace Reserve.Funding;

/// <summary>Registers the 资金争取台账 and brings its tables up to date. Needs a <see cref="TimeProvider"/>.</summary>
public static class FundingModule
{
    public static IServiceCollection AddFunding(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(new FundingDatabase(database));
        services.AddModuleDatabase<FundingDbContext, PostgresFundingDbContext>(database, FundingDbContext.HistoryTable);
        services.AddSingleton<IFundingLedger, FundingStore>();
        return services;
    }

    public static Task MigrateFundingAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.MigrateModuleAsync<FundingDbContext>(services.GetRequiredService<FundingDatabase>().Options, cancellationToken);
}
