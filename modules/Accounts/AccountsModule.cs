using Microsoft.Extensions.DependencyInjection;
using Reserve.Accounts.Storage;
using Reserve.Persistence;

namespace Reserve.Accounts;

/// <summary>Registers the accounts and brings their tables up to date.</summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, DatabaseOptions database, LockoutOptions? lockout = null)
    {
        services.AddSingleton(new AccountsDatabase(database));
        services.AddModuleDatabase<AccountsDbContext, PostgresAccountsDbContext>(database, AccountsDbContext.HistoryTable);
        services.AddSingleton(lockout ?? new LockoutOptions());
        services.AddSingleton<AccountsSnapshot>();
        services.AddSingleton<IAccounts, AccountDirectory>();
        services.AddSingleton<IKeyRingStore, KeyRingStore>();
        return services;
    }

    public static Task MigrateAccountsAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.MigrateModuleAsync<AccountsDbContext>(services.GetRequiredService<AccountsDatabase>().Options, cancellationToken);
}
