using Microsoft.EntityFrameworkCore.Design;
using Reserve.Persistence;

namespace Reserve.Matching.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context MatchingDbContext</c> build the SQLite context without the host.</summary>
internal sealed class MatchingDesignTimeFactory : IDesignTimeDbContextFactory<MatchingDbContext>
{
    public MatchingDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<MatchingDbContext>(DatabaseProvider.Sqlite, MatchingDbContext.HistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresMatchingDbContext</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresMatchingDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMatchingDbContext>
{
    public PostgresMatchingDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PostgresMatchingDbContext>(DatabaseProvider.Postgres, MatchingDbContext.HistoryTable));
}
