using Microsoft.EntityFrameworkCore.Design;
using Reserve.Persistence;

namespace Reserve.Review.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context ReviewDbContext</c> build the SQLite context without the host.</summary>
internal sealed class ReviewDesignTimeFactory : IDesignTimeDbContextFactory<ReviewDbContext>
{
    public ReviewDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<ReviewDbContext>(DatabaseProvider.Sqlite, ReviewDbContext.HistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresReviewDbContext</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresReviewDesignTimeFactory : IDesignTimeDbContextFactory<PostgresReviewDbContext>
{
    public PostgresReviewDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PostgresReviewDbContext>(DatabaseProvider.Postgres, ReviewDbContext.HistoryTable));
}
