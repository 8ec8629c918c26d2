namespace Reserve.Persistence.Operations;

/// <summary>
/// One module's schema as this build knows it and as the database holds it: what a backup notes, what a restore
/// checks (a backup from a newer build carries migrations this one does not know) and what readiness asks.
/// Every module that calls <c>AddModuleDatabase</c> has one.
/// </summary>
public interface IModuleSchema
{
    /// <summary>The module's migrations history table (<c>__reserve_migrations</c>, …): its name in a backup.</summary>
    string HistoryTable { get; }

    /// <summary>The migrations compiled into this build, oldest first.</summary>
    IReadOnlyList<string> KnownMigrations();

    /// <summary>Migrations of this build the database has not applied yet (empty when up to date).</summary>
    Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken);
}
