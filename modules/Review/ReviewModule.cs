using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Review.Storage;

namespace Reserve.Review;

/// <summary>Registers the review and brings its tables up to date.</summary>
public static class ReviewModule
{
    public static IServiceCollection AddReview(this IServiceCollection services, string connectionString, ReviewCalendar? calendar = null)
    {
        services.AddDbContextFactory<ReviewDbContext>(options => options.UseSqlite(
            connectionString, sqlite => sqlite.MigrationsHistoryTable(ReviewDbContext.HistoryTable)));
        services.AddSingleton(calendar ?? new ReviewCalendar());
        services.AddSingleton<IReview, ReviewLedger>();
        return services;
    }

    public static async Task MigrateReviewAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<ReviewDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
