using Microsoft.Extensions.DependencyInjection;
using Reserve.Testing;

namespace Reserve.Accounts.Tests;

/// <summary>The accounts module on a fresh database, with a clock the test moves (lock-outs expire with time).</summary>
internal sealed class AccountsSetup : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AccountsSetup(ServiceProvider services, MovableClock clock)
    {
        _services = services;
        Clock = clock;
    }

    public MovableClock Clock { get; }

    public IAccounts Accounts => _services.GetRequiredService<IAccounts>();

    public IKeyRingStore KeyRing => _services.GetRequiredService<IKeyRingStore>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<AccountsSetup> StartAsync(TestDatabase db, LockoutOptions? lockout = null)
    {
        var clock = new MovableClock(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAccounts(db.Options, lockout);
        var provider = services.BuildServiceProvider();
        await provider.MigrateAccountsAsync();
        return new AccountsSetup(provider, clock);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

internal sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
