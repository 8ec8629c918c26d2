using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Reserve.Persistence.Tests;

/// <summary>
/// A start builds the modules' models ahead of their first use, on a second thread: without opening a connection (the
/// database may not even be reachable yet), once per context type on the configured provider, and not at all once told
/// it is no longer needed. (EF Core keeps a model for the process, so each case has context types of its own.)
/// </summary>
public sealed class ModuleModelsTests
{
    private static readonly ConcurrentQueue<Type> Built = new();

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_model_is_built_once_on_its_provider_without_a_connection(DatabaseProvider provider)
    {
        // Neither can be opened: a folder that does not exist, a port nothing listens on.
        var database = provider == DatabaseProvider.Postgres
            ? new DatabaseOptions(provider, "Host=127.0.0.1;Port=1;Username=nobody;Database=nothing;Timeout=1")
            : new DatabaseOptions(provider, $"Data Source={Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "reserve.db")}");
        using var services = Services<ProbeContext, PostgresProbeContext>(database);
        var expected = provider == DatabaseProvider.Postgres ? typeof(PostgresProbeContext) : typeof(ProbeContext);

        ModuleModels.Build(services, lastRegisteredFirst: false, CancellationToken.None);
        ModuleModels.Build(services, lastRegisteredFirst: true, CancellationToken.None);
        Assert.Equal(1, Built.Count(t => t == expected));

        // The module's own contexts then find it built.
        using var db = services.GetRequiredService<IDbContextFactory<ProbeContext>>().CreateDbContext();
        Assert.IsType(expected, db);
        Assert.NotNull(db.Model.FindEntityType(typeof(ProbeRow)));
        Assert.Equal(1, Built.Count(t => t == expected));
    }

    [Fact]
    public void Nothing_is_built_once_the_start_no_longer_needs_it()
    {
        using var services = Services<UnneededContext, PostgresUnneededContext>(new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=unused.db"));
        using var done = new CancellationTokenSource();
        done.Cancel();

        ModuleModels.Build(services, lastRegisteredFirst: false, done.Token);
        Assert.DoesNotContain(typeof(UnneededContext), Built);

        ModuleModels.Build(services, lastRegisteredFirst: false, CancellationToken.None);
        Assert.Contains(typeof(UnneededContext), Built);
    }

    private static ServiceProvider Services<TContext, TPostgresContext>(DatabaseOptions database)
        where TContext : DbContext
        where TPostgresContext : TContext
    {
        var services = new ServiceCollection();
        services.AddModuleDatabase<TContext, TPostgresContext>(database, "__probe_migrations");
        return services.BuildServiceProvider();
    }

    internal sealed class ProbeRow
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";
    }

    /// <summary>Records each model it builds; the two module contexts below differ only by type, as two modules' do.</summary>
    internal abstract class RecordingContext(DbContextOptions options) : DbContext(options)
    {
        public DbSet<ProbeRow> Rows => Set<ProbeRow>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            Built.Enqueue(GetType());
            modelBuilder.Entity<ProbeRow>().ToTable("probe_rows");
        }
    }

    internal class ProbeContext : RecordingContext
    {
        public ProbeContext(DbContextOptions<ProbeContext> options)
            : base(options)
        {
        }

        protected ProbeContext(DbContextOptions options)
            : base(options)
        {
        }
    }

    internal sealed class PostgresProbeContext(DbContextOptions<PostgresProbeContext> options) : ProbeContext(options);

    internal class UnneededContext : RecordingContext
    {
        public UnneededContext(DbContextOptions<UnneededContext> options)
            : base(options)
        {
        }

        protected UnneededContext(DbContextOptions options)
            : base(options)
        {
        }
    }

    internal sealed class PostgresUnneededContext(DbContextOptions<PostgresUnneededContext> options) : UnneededContext(options);
}
