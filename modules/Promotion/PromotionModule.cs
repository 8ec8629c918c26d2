using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Promotion.Storage;

namespace Reserve.Promotion;

/// <summary>Registers 招商引资 and brings its tables up to date. Needs <see cref="Reserve.Projects.IProjectReserve"/> and a <see cref="TimeProvider"/>.</summary>
public static class PromotionModule
{
    public static IServiceCollection AddPromotion(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<PromotionDbContext>(options => options.UseSqlite(
            connectionString, sqlite => sqlite.MigrationsHistoryTable(PromotionDbContext.HistoryTable)));
        services.AddSingleton<IPromotionService, PromotionService>();
        return services;
    }

    /// <summary>Applies the module's migrations (never EnsureCreated).</summary>
    public static async Task MigratePromotionAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PromotionDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite() && new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is { Length: > 0 } file && file != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
