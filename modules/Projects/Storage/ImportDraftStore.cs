using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Reserve.Projects.Storage;

internal sealed class ImportDraftStore(IDbContextFactory<ProjectsDbContext> contexts, TimeProvider clock) : IImportDrafts
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public async Task<string> KeepAsync(string user, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var expired = now - Lifetime;
        await db.ImportDrafts.Where(d => d.KeptAtUtc <= expired).ExecuteDeleteAsync(cancellationToken);
        db.ImportDrafts.Add(new ImportDraftRow { Token = token, User = user, FileName = fileName, Content = content, KeptAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task<ImportDraft?> FindAsync(string token, string user, CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().UtcDateTime - Lifetime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ImportDrafts.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Token == token && d.User == user && d.KeptAtUtc > since, cancellationToken);
        return row is null ? null : new ImportDraft(row.User, row.FileName, row.Content, DateTime.SpecifyKind(row.KeptAtUtc, DateTimeKind.Utc));
    }

    public async Task DiscardAsync(string token, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ImportDrafts.Where(d => d.Token == token && d.User == user).ExecuteDeleteAsync(cancellationToken);
    }
}
