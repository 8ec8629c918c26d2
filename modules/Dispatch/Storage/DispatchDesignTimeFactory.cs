using Microsoft.EntityFrameworkCore.Design;
using Reserve.Persistence;

namespace Reserve.Dispatch.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context DispatchDbContext</c> build the SQLite context without the host.</summary>
internal sealed class DispatchDesignTimeFactory : IDesignTimeDbContextFactory<DispatchDbContext>
{
    public DispatchDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<DispatchDbContext>(DatabaseProvider.Sqlite, DispatchDbContext.HistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresDispatchDbContext</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresDispatchDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDispatchDbContext>
{
    public PostgresDispatchDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PostgresDispatchDbContext>(DatabaseProvider.Postgres, DispatchDbContext.HistoryTable));
}
