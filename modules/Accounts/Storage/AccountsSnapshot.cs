using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;

namespace Reserve.Accounts.Storage;

/// <summary>
/// The accounts and departments as every request needs them, held in memory: each page checks that its session's
/// account is still active with the role, department and password its cookie was issued for, and most pages list the
/// departments; reading both tables on every request was a fifth of a page's cost on PostgreSQL.
/// <para>
/// The tables are small (a city's accounts and departments, tens to hundreds of rows), so the whole of them is read
/// again rather than asked whether they moved: a change made on this instance drops the snapshot at once
/// (<see cref="Changed"/>, after its commit), so the next request reads the tables; a change made on another
/// instance sharing the database, or written to the tables directly, is read within <see cref="Freshness"/> of its
/// commit, since no snapshot older than that is answered. Requests that find it old together share one read, and
/// wait for it: a session is never judged against an older snapshot than that.
/// </para>
/// </summary>
internal sealed class AccountsSnapshot
{
    /// <summary>The longest a change made elsewhere goes unseen: the age past which the snapshot is read again.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly IDbContextFactory<AccountsDbContext> _factory;
    private readonly FreshValue<Held> _held;

    public AccountsSnapshot(IDbContextFactory<AccountsDbContext> factory, TimeProvider clock)
    {
        _factory = factory;
        _held = new FreshValue<Held>(LoadAsync, Freshness, clock);
    }

    /// <summary>The accounts and departments, read no earlier than <see cref="Freshness"/> ago and after this instance's last change.</summary>
    public Task<Held> CurrentAsync(CancellationToken cancellationToken) => _held.GetAsync(cancellationToken);

    /// <summary>Called after a change to the accounts or departments is committed: the next request reads them again.</summary>
    public void Changed() => _held.Changed();

    // Shared by every waiting request, so it takes none's cancellation.
    private async Task<Held> LoadAsync()
    {
        await using var db = await _factory.CreateDbContextAsync(CancellationToken.None);
        var users = await db.Users.AsNoTracking().ToListAsync(CancellationToken.None);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Name).ToListAsync(CancellationToken.None);
        return new Held(users.ToDictionary(u => u.Login, u => u.ToAccount(), StringComparer.Ordinal), departments.Select(d => d.ToDepartment()).ToList());
    }

    /// <summary>One read of both tables; shared between requests, so read-only.</summary>
    public sealed record Held(IReadOnlyDictionary<string, UserAccount> Users, IReadOnlyList<Department> Departments);
}
