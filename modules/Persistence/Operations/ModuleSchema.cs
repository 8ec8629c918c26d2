using Microsoft.EntityFrameworkCore;

namespace Reserve.Persistence.Operations;

/// <summary>A module's schema read through its own context factory (the provider's migrations).</summary>
internal sealed class ModuleSchema<TContext>(string historyTable, IDbContextFactory<TContext> contexts) : IModuleSchema
    where TContext : DbContext
{
    public string HistoryTable => historyTable;

    public IReadOnlyList<string> KnownMigrations()
    {
        using var db = contexts.CreateDbContext();
        return db.Database.GetMigrations().ToList();
    }

    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }
}
