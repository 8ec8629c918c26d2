using Microsoft.EntityFrameworkCore;

namespace Reserve.Accounts.Storage;

/// <summary>
/// Synchronous on purpose: the data-protection system asks for its keys synchronously, and only when its key ring
/// is first read, refreshed (about daily) or a key is added.
/// </summary>
internal sealed class KeyRingStore(IDbContextFactory<AccountsDbContext> contexts) : IKeyRingStore
{
    public IReadOnlyList<string> All()
    {
        using var db = contexts.CreateDbContext();
        return db.KeyRing.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList();
    }

    public void Add(string? friendlyName, string xml)
    {
        using var db = contexts.CreateDbContext();
        db.KeyRing.Add(new KeyRingRow { FriendlyName = friendlyName, Xml = xml });
        db.SaveChanges();
    }
}
