using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Accounts.Storage;

namespace Reserve.Accounts;

/// <summary>Registers the accounts and brings their tables up to date.</summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, string connectionString, LockoutOptions? lockout = null)
    {
        services.AddDbContextFactory<AccountsDbContext>(options => options.UseSqlite(
            connectionString, sqlite => sqlite.MigrationsHistoryTable(AccountsDbContext.HistoryTable)));
        services.AddSingleton(lockout ?? new LockoutOptions());
        services.AddSingleton<IAccounts, AccountDirectory>();
        return services;
    }

    public static async Task MigrateAccountsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<AccountsDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            }
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
