using Microsoft.Extensions.DependencyInjection;
using Reserve.Persistence;
using Reserve.Review.Storage;

namespace Reserve.Review;

/// <summary>Registers the review and brings its tables up to date.</summary>
public static class ReviewModule
{
    public static IServiceCollection AddReview(this IServiceCollection services, DatabaseOptions database, ReviewCalendar? calendar = null)
    {
        services.AddSingleton(new ReviewDatabase(database));
        services.AddModuleDatabase<ReviewDbContext, PostgresReviewDbContext>(database, ReviewDbContext.HistoryTable);
        services.AddSingleton(calendar ?? new ReviewCalendar());
        services.AddSingleton<IReview, ReviewLedger>();
        return services;
    }

    public static Task MigrateReviewAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.MigrateModuleAsync<ReviewDbContext>(services.GetRequiredService<ReviewDatabase>().Options, cancellationToken);
}
