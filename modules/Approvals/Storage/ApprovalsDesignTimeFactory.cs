using Microsoft.EntityFrameworkCore.Design;
using Reserve.Persistence;

namespace Reserve.Approvals.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context ApprovalsDbContext</c> build the SQLite context without the host.</summary>
internal sealed class ApprovalsDesignTimeFactory : IDesignTimeDbContextFactory<ApprovalsDbContext>
{
    public ApprovalsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<ApprovalsDbContext>(DatabaseProvider.Sqlite, ApprovalsDbContext.HistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresApprovalsDbContext</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresApprovalsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresApprovalsDbContext>
{
    public PostgresApprovalsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PostgresApprovalsDbContext>(DatabaseProvider.Postgres, ApprovalsDbContext.HistoryTable));
}
