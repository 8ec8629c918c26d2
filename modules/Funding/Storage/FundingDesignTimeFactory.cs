using Microsoft.EntityFrameworkCore.Design;
using Reserve.Persistence;

namespace Reserve.Funding.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context FundingDbContext</c> build the SQLite context without the host.</summary>
internal sealed class FundingDesignTimeFactory : IDesignTimeDbContextFactory<FundingDbContext>
{
    public FundingDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<FundingDbContext>(DatabaseProvider.Sqlite, FundingDbContext.HistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresFundingDbContext</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresFundingDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFundingDbContext>
{
    public PostgresFundingDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PostgresFundingDbContext>(DatabaseProvider.Postgres, FundingDbContext.HistoryTable));
}
