using Microsoft.EntityFrameworkCore.Design;
using Reserve.Persistence;

namespace Reserve.Promotion.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context PromotionDbContext</c> build the SQLite context without the host.</summary>
internal sealed class PromotionDesignTimeFactory : IDesignTimeDbContextFactory<PromotionDbContext>
{
    public PromotionDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PromotionDbContext>(DatabaseProvider.Sqlite, PromotionDbContext.HistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresPromotionDbContext</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresPromotionDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPromotionDbContext>
{
    public PostgresPromotionDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PostgresPromotionDbContext>(DatabaseProvider.Postgres, PromotionDbContext.HistoryTable));
}
