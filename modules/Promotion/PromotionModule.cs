using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Promotion.Storage;
using Reserve.Persistence;

namespace Reserve.Promotion;

/// <summary>Registers 招商引资 and brings its tables up to date. Needs <see cref="Reserve.Projects.IProjectReserve"/> and a <see cref="TimeProvider"/>.</summary>
public static class PromotionModule
{
    public static IServiceCollection AddPromotion(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(new PromotionDatabase(database));
        services.AddModuleDatabase<PromotionDbContext, PostgresPromotionDbContext>(database, PromotionDbContext.HistoryTable);
        services.AddChangeStamps(database, new ChangeSource(PromotionService.AuditStamp, """SELECT MAX("Id") FROM promotion_audit"""));
        services.AddSingleton<IPromotionService, PromotionService>();
        return services;
    }

    /// <summary>Applies the module's migrations on the configured provider (never EnsureCreated).</summary>
    public static async Task MigratePromotionAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.MigrateModuleAsync<PromotionDbContext>(services.GetRequiredService<PromotionDatabase>().Options, cancellationToken);
        await DealFactsBackfill.RunAsync(services.GetRequiredService<IDbContextFactory<PromotionDbContext>>(), cancellationToken);
    }
}
