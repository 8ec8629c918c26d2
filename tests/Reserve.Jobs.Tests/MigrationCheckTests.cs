using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Jobs.Tests;

/// <summary>
/// A start with every migration applied asks one query of the module's history table and returns without the migration
/// lock or EF Core's migrator (a module here: the jobs tables); a migration missing from the history still goes through both.
/// </summary>
public sealed class MigrationCheckTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task With_nothing_to_apply_a_start_does_not_wait_for_the_migration_lock_and_with_one_missing_it_does(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var instance = new JobsInstance(db.Options, "实例甲", new RunLog(), run: false);
        await instance.MigrateAsync();

        await using (await DatabaseLock.AcquireAsync(db.Options, "reserve:migrate"))
        {
            // Another instance migrating holds the lock; there is nothing left to apply, so this start goes on.
            await instance.MigrateAsync().WaitAsync(TimeSpan.FromSeconds(20));

            await db.ExecuteAsync("""DELETE FROM "__jobs_migrations" """);
            using var cancel = new CancellationTokenSource();
            var migrating = instance.Services.MigrateJobsAsync(cancel.Token);
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(migrating.IsCompleted, "a missing migration must be applied under the lock");
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => migrating);
        }
    }
}
