using Microsoft.EntityFrameworkCore.Design;
using Reserve.Persistence;

namespace Reserve.Accounts.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context AccountsDbContext</c> build the SQLite context without the host.</summary>
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<AccountsDbContext>(DatabaseProvider.Sqlite, AccountsDbContext.HistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresAccountsDbContext</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresAccountsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAccountsDbContext>
{
    public PostgresAccountsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PostgresAccountsDbContext>(DatabaseProvider.Postgres, AccountsDbContext.HistoryTable));
}
