using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Reserve.Testing;

namespace Reserve.Persistence.Tests;

/// <summary>
/// The stamps every module's pages are keyed on, read in one statement and shared for at most a second: two instances
/// on one database, each with a module context. A write through an instance — a single-statement save, a save in a
/// transaction, an <c>ExecuteDelete</c>, a raw statement — is seen by that instance's next reading at once; the other
/// instance sees it once its reading is <see cref="ChangeStamps.Freshness"/> old; a read makes no new reading.
/// </summary>
public sealed class ChangeStampsTests
{
    private const string Source = "test.items";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 6, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_write_is_seen_at_once_by_its_instance_and_within_the_freshness_by_another(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ExecuteAsync("CREATE TABLE stamp_items (\"Id\" INTEGER PRIMARY KEY, \"Name\" VARCHAR(20) NOT NULL)");
        await using var first = Instance(database.Options);
        await using var second = Instance(database.Options);
        var (stampsA, stampsB) = (first.GetRequiredService<ChangeStamps>(), second.GetRequiredService<ChangeStamps>());

        Assert.Equal(0, (await stampsA.ReadAsync()).Number(Source));
        Assert.Null((await stampsB.ReadAsync()).Text(Source));

        // A single-statement save (EF Core runs it without a transaction).
        await using (var db = await Contexts(first).CreateDbContextAsync())
        {
            db.Items.Add(new Item { Id = 1, Name = "一" });
            await db.SaveChangesAsync();
        }
        Assert.Equal(1, (await stampsA.ReadAsync()).Number(Source));
        Assert.Equal(0, (await stampsB.ReadAsync()).Number(Source));

        // A save in a transaction, through the other instance.
        await using (var db = await Contexts(second).CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Items.Add(new Item { Id = 2, Name = "二" });
            db.Items.Add(new Item { Id = 3, Name = "三" });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        Assert.Equal(3, (await stampsB.ReadAsync()).Number(Source));
        Assert.Equal(1, (await stampsA.ReadAsync()).Number(Source));
        _clock.Advance(ChangeStamps.Freshness - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, (await stampsA.ReadAsync()).Number(Source));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(3, (await stampsA.ReadAsync()).Number(Source));

        // Reads make no new reading, however many.
        var reads = stampsA.Reads;
        await using (var db = await Contexts(first).CreateDbContextAsync())
        {
            Assert.Equal(3, await db.Items.CountAsync());
            Assert.Equal(3L, (await db.Database.ColumnAsync<long>("SELECT COUNT(*) FROM stamp_items", new Dictionary<string, object?>(), CancellationToken.None)).Single());
        }
        Assert.Equal(3, (await stampsA.ReadAsync()).Number(Source));
        Assert.Equal(reads, stampsA.Reads);

        // ExecuteDelete and a raw statement, each outside a transaction.
        await using (var db = await Contexts(first).CreateDbContextAsync())
        {
            await db.Items.Where(i => i.Id == 3).ExecuteDeleteAsync();
        }
        Assert.Equal(2, (await stampsA.ReadAsync()).Number(Source));
        await using (var db = await Contexts(first).CreateDbContextAsync())
        {
            await db.Database.ExecuteAsync("INSERT INTO stamp_items (\"Id\", \"Name\") VALUES (9, '九')", new Dictionary<string, object?>(), CancellationToken.None);
        }
        Assert.Equal(9, (await stampsA.ReadAsync()).Number(Source));
        // The other instance's last reading is a second old by now, so it reads again too.
        Assert.Equal(9, (await stampsB.ReadAsync()).Number(Source));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task What_is_worked_out_from_a_reading_is_read_once_until_the_next_reading(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ExecuteAsync("CREATE TABLE stamp_items (\"Id\" INTEGER PRIMARY KEY, \"Name\" VARCHAR(20) NOT NULL)");
        await using var instance = Instance(database.Options);
        var stamps = instance.GetRequiredService<ChangeStamps>();
        var loads = 0;
        Task<int> Count() => Task.FromResult(Interlocked.Increment(ref loads));

        var reading = await stamps.ReadAsync();
        var together = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => reading.OnceAsync("bell:fgw", Count))));
        Assert.All(together, n => Assert.Equal(1, n));
        Assert.Equal(1, await (await stamps.ReadAsync()).OnceAsync("bell:fgw", Count));
        Assert.Equal(2, await (await stamps.ReadAsync()).OnceAsync("bell:other", Count));

        stamps.Changed();
        Assert.Equal(3, await (await stamps.ReadAsync()).OnceAsync("bell:fgw", Count));
        _clock.Advance(ChangeStamps.Freshness);
        Assert.Equal(4, await (await stamps.ReadAsync()).OnceAsync("bell:fgw", Count));

        // A failed load is not kept: the next request of the same reading loads again.
        var failing = await stamps.ReadAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.OnceAsync<int>("broken", () => throw new InvalidOperationException("数据库暂不可用")));
        Assert.Equal(5, await failing.OnceAsync("broken", Count));
    }

    [Theory]
    [InlineData("SELECT MAX(\"Id\") FROM t", false)]
    [InlineData("  \n select 1", false)]
    [InlineData("-- 说明\nSELECT 1", false)]
    [InlineData("/* 说明 */ SELECT 1", false)]
    [InlineData("INSERT INTO t VALUES (1)", true)]
    [InlineData("UPDATE t SET \"Next\" = \"Next\" + 1 RETURNING \"Next\"", true)]
    [InlineData("WITH moved AS (DELETE FROM t RETURNING *) SELECT COUNT(*) FROM moved", true)]
    [InlineData("SELECTED", true)]
    [InlineData("PRAGMA synchronous = NORMAL", true)]
    [InlineData("", true)]
    public void Only_a_plain_select_is_taken_for_a_read(string sql, bool mayWrite) =>
        Assert.Equal(mayWrite, ChangeStatements.MayWrite(sql));

    private ServiceProvider Instance(DatabaseOptions database)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddModuleDatabase<ItemsContext, PostgresItemsContext>(database, "__stamp_items_migrations");
        services.AddChangeStamps(database, new ChangeSource(Source, "SELECT MAX(\"Id\") FROM stamp_items"));
        return services.BuildServiceProvider();
    }

    private static IDbContextFactory<ItemsContext> Contexts(ServiceProvider instance) => instance.GetRequiredService<IDbContextFactory<ItemsContext>>();

    internal sealed class Item
    {
        public int Id { get; set; }
        public string Name { get; set; } = "";
    }

    internal class ItemsContext : DbContext
    {
        public ItemsContext(DbContextOptions<ItemsContext> options)
            : base(options)
        {
        }

        protected ItemsContext(DbContextOptions options)
            : base(options)
        {
        }

        public DbSet<Item> Items => Set<Item>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Item>(item =>
            {
                item.ToTable("stamp_items");
                item.Property(i => i.Id).ValueGeneratedNever();
            });
    }

    internal sealed class PostgresItemsContext(DbContextOptions<PostgresItemsContext> options) : ItemsContext(options);
}
