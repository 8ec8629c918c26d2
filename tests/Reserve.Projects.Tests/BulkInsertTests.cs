using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;
using Reserve.Projects.Storage;
using Reserve.Sdk.Projects;
using Reserve.Testing;

namespace Reserve.Projects.Tests;

/// <summary>
/// A row written by an import's row inserter is the row SaveChanges writes for the same record, column by column,
/// value and storage type: on SQLite through the native statement, on PostgreSQL through the reused command.
/// </summary>
public sealed class BulkInsertTests
{
    // Fractions of a second down to the tick, so that the date format is checked in full.
    private static readonly DateTime Now = new DateTime(2026, 10, 1, 1, 2, 3, DateTimeKind.Utc).AddTicks(1_234_567);

    private static readonly Dictionary<string, Func<ProjectRecord>> Records = new()
    {
        ["every field"] = InterchangeFixtures.FullRecord,
        ["few fields"] = () => StorageFixture.Valid(),
        ["odd values"] = () =>
        {
            var record = StorageFixture.Valid("名称含\"引号\"、'单引号'、emoji 🚧");
            record.TotalInvestment = 0.0001m;
            record.Equity = 79228162514264.3374m;
            record.LandArea = 1m;
            record.Scale = new string('规', 1999);
            record.PlannedStart = DateOnly.MinValue;
            record.Tags = [];
            record.Facts = new(StringComparer.Ordinal);
            return record;
        },
        // SQLite keeps text past U+0000 (PostgreSQL refuses the character, so this one runs on SQLite only).
        [NulCharacter] = () => StorageFixture.Valid("名称含\u0000空字符"),
    };

    private const string NulCharacter = "U+0000";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task An_inserted_row_equals_the_row_save_changes_writes(DatabaseProvider provider)
    {
        foreach (var records in Records.Keys.Where(k => provider == DatabaseProvider.Sqlite || k != NulCharacter))
        {
            await AssertSameRowsAsync(provider, records);
        }
    }

    private static async Task AssertSameRowsAsync(DatabaseProvider provider, string records)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var contexts = store.Contexts;

        var saved = Records[records]();
        saved.Id = "2027-0001";
        await using (var db = await contexts.CreateDbContextAsync())
        {
            ProjectWrites.Add(db, saved, "张三", Now, "导入");
            await db.SaveChangesAsync();
        }
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.OpenConnectionAsync();
            using var projects = RowInserter<ProjectRecord>.Create(db);
            using var audit = RowInserter<AuditRow>.Create(db);
            Assert.Equal(provider == DatabaseProvider.Sqlite ? typeof(SqliteRowInserter<ProjectRecord>) : typeof(EntityInserter<ProjectRecord>), projects.GetType());
            Assert.Equal(provider == DatabaseProvider.Sqlite ? typeof(SqliteRowInserter<AuditRow>) : typeof(EntityInserter<AuditRow>), audit.GetType());
            var imported = Records[records]();
            imported.Id = null;
            // The id is given at insert time, as an import gives new ids.
            var prepared = ProjectWrites.Prepare(projects, audit, imported, "张三", Now, "导入");
            await ProjectWrites.InsertAsync(projects, audit, prepared, "2027-0002", CancellationToken.None);
            await projects.FlushAsync(CancellationToken.None);
            await audit.FlushAsync(CancellationToken.None);
            await transaction.CommitAsync();
        }

        var rows = await DatabaseRows.ReadAsync(store.Database, """SELECT * FROM reserve_projects ORDER BY "Id" """);
        Assert.Equal(2, rows.Count);
        AssertSameRow(records, rows[0], rows[1], "Id");
        Assert.Equal(("2027-0001", "2027-0002"), (rows[0]["Id"], rows[1]["Id"]));
        var entries = await DatabaseRows.ReadAsync(store.Database, """SELECT * FROM reserve_audit ORDER BY "ProjectId" """);
        Assert.Equal(2, entries.Count);
        AssertSameRow(records, entries[0], entries[1], "Id", "ProjectId", "After");
        Assert.Equal(entries[0]["After"], ((string)entries[1]["After"]!).Replace("2027-0002", "2027-0001", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_repeated_id_is_refused_as_a_unique_violation_and_sqlite_goes_on(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        await using var db = await store.Contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.OpenConnectionAsync();
        using var projects = RowInserter<ProjectRecord>.Create(db);
        using var audit = RowInserter<AuditRow>.Create(db);
        ProjectWrites.PreparedInsert Prepared(string id)
        {
            var record = StorageFixture.Valid();
            record.Id = id;
            return ProjectWrites.Prepare(projects, audit, record, "张三", Now, "导入");
        }
        // PostgreSQL's inserter writes what it holds when flushed.
        async Task InsertAsync(string id)
        {
            await ProjectWrites.InsertAsync(projects, audit, Prepared(id), null, CancellationToken.None);
            await projects.FlushAsync(CancellationToken.None);
            await audit.FlushAsync(CancellationToken.None);
        }

        await InsertAsync("2027-0001");
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => InsertAsync("2027-0001"));

        Assert.True(DatabaseErrors.IsUniqueViolation(refused), refused.ToString());
        if (provider == DatabaseProvider.Sqlite)
        {
            // The statement was reset after the error, so the next row goes in (PostgreSQL aborts the whole transaction instead).
            await InsertAsync("2027-0002");
            Assert.Equal(2L, await db.Projects.LongCountAsync());
        }
    }

    [Fact]
    public void Sqlite_text_is_stored_as_the_provider_binds_it()
    {
        var text = SqliteStorageValue.For(typeof(string), Microsoft.Data.Sqlite.SqliteType.Text, size: 4)!;
        Assert.Equal("城东片区"u8.ToArray(), text.Encode("城东片区老旧小区"));
        Assert.Equal("a\0b"u8.ToArray(), text.Encode("a\0b"));
        Assert.Null(text.Encode(null));
        Assert.Null(SqliteStorageValue.For(typeof(Guid), Microsoft.Data.Sqlite.SqliteType.Text, 0));
        Assert.Null(SqliteStorageValue.For(typeof(DateTime), Microsoft.Data.Sqlite.SqliteType.Real, 0));
        Assert.Equal(1L, SqliteStorageValue.For(typeof(bool?), Microsoft.Data.Sqlite.SqliteType.Integer, 0)!.Encode(true));
    }

    private static void AssertSameRow(string records, Dictionary<string, object?> expected, Dictionary<string, object?> actual, params string[] except)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var column in expected.Keys.Except(except))
        {
            var (want, got) = (expected[column], actual[column]);
            Assert.True(Equals(want, got) && want?.GetType() == got?.GetType(),
                $"{records}，列 {column}：SaveChanges 写入 {want} ({want?.GetType().Name})，导入写入 {got} ({got?.GetType().Name})");
        }
    }
}
