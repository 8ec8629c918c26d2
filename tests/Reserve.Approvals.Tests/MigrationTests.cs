using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Reserve.Approvals.Storage;
using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Approvals.Tests;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Each_provider_context_matches_its_migrations(DatabaseProvider provider)
    {
        using DbContext db = provider == DatabaseProvider.Postgres
            ? new PostgresApprovalsDesignTimeFactory().CreateDbContext([])
            : new ApprovalsDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: 模型有变化但没有迁移（docs/storage.md）");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Commitments_kept_as_json_move_to_their_table_in_order(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var sqlite = new DbContextOptionsBuilder<ApprovalsDbContext>();
        sqlite.UseReserveDatabase(database.Options, ApprovalsDbContext.HistoryTable);
        var postgres = new DbContextOptionsBuilder<PostgresApprovalsDbContext>();
        postgres.UseReserveDatabase(database.Options, ApprovalsDbContext.HistoryTable);
        await using var db = provider == DatabaseProvider.Postgres ? new PostgresApprovalsDbContext(postgres.Options) : new ApprovalsDbContext(sqlite.Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().First());
        var json = provider == DatabaseProvider.Postgres ? "CAST(@j AS jsonb)" : "@j";
        await database.ExecuteAsync($"""
            INSERT INTO approvals_records ("ProjectId", "ProjectName", "Department", "Item", "AppliedOn", "Basis", "LimitDays", "Counting", "ExtensionDays",
                "CreatedAtUtc", "UpdatedAtUtc", "UpdatedBy", "Version", commitments)
            VALUES ('2027-0001', '测试项目', '商务局', 'Authorization', '2026-10-09', 'Promised', 15, 'WorkingDays', 0, '2026-10-09', '2026-10-09', '张三', 1,
                {json.Replace("@j", "'[{\"Kind\":\"MissingMaterials\",\"Content\":\"补交稳评报告\",\"MadeOn\":\"2026-10-09\",\"DueOn\":\"2026-10-20\",\"FulfilledOn\":null},{\"Kind\":\"PromiseFirst\",\"Content\":\"补办用地预审\",\"MadeOn\":\"2026-10-09\",\"DueOn\":\"2026-11-30\",\"FulfilledOn\":\"2026-11-02\"}]'", StringComparison.Ordinal)})
            """);

        await migrator.MigrateAsync();

        var record = await db.Records.Include(r => r.Commitments.OrderBy(c => EF.Property<long>(c, "Id"))).SingleAsync();
        Assert.Equal(["补交稳评报告", "补办用地预审"], record.Commitments.Select(c => c.Content));
        Assert.Equal((Records.CommitmentKind.PromiseFirst, new DateOnly(2026, 11, 30), (DateOnly?)new DateOnly(2026, 11, 2)),
            (record.Commitments[1].Kind, record.Commitments[1].DueOn, record.Commitments[1].FulfilledOn));
        Assert.Null(record.Commitments[0].FulfilledOn);
    }
}
