using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Reserve.Persistence;

/// <summary>
/// How a module puts its DbContext on the configured database. EF Core migrations are provider-specific,
/// so a module has two context types: its context (SQLite, migrations in <c>Storage/Migrations</c>) and a
/// PostgreSQL subclass (migrations in <c>Storage/Migrations/Postgres</c>). The module's code only ever asks
/// for <c>IDbContextFactory&lt;TContext&gt;</c>; on PostgreSQL it is handed the subclass. See docs/storage.md.
/// </summary>
public static class ReserveDatabase
{
    /// <summary>Chooses the provider, and the module's own migrations history table (one per module in the shared database).</summary>
    public static DbContextOptionsBuilder UseReserveDatabase(this DbContextOptionsBuilder builder, DatabaseOptions database, string historyTable)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.IsPostgres
            ? builder.UseNpgsql(ContextConnectionString(database.ConnectionString), npgsql => npgsql.MigrationsHistoryTable(historyTable))
            : builder.UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(historyTable));
    }

    /// <summary>
    /// The PostgreSQL connection string the modules' contexts use: as configured, with two defaults where the configuration
    /// says nothing.
    /// <list type="bullet">
    /// <item><c>No Reset On Close</c>: a connection handed back to the pool is not reset. Npgsql's reset is a
    /// <c>DISCARD ALL</c> run before the connection's next use: one more statement for every context a request opens
    /// (four to seven on a page), half the statements the server ran for a page in a measurement (BENCHMARKS.md §7).
    /// Nothing keeps session state on a pooled connection: settings are <c>SET LOCAL</c> inside a transaction, and the
    /// advisory locks hold their own unpooled connection (<see cref="DatabaseLock"/>).</item>
    /// <item><c>Max Auto Prepare</c> (<see cref="AutoPrepared"/>): a statement a connection has run five times is prepared
    /// on it, so the server parses and plans it once per connection instead of on every page (the pages' statements
    /// are few and the same, their parameters aside). The prepared statements outlive the connection's return to the
    /// pool, which is what makes them pay. A migration's change of a table is safe for them: the server plans a
    /// prepared statement again after its tables change, and the statements name their columns, so their result
    /// never changes shape (the one <c>SELECT *</c>, the search's, is a subquery whose outer query names them).</item>
    /// </list>
    /// </summary>
    public static string ContextConnectionString(string connectionString)
    {
        var said = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2)[0].Replace(" ", "", StringComparison.Ordinal).Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (said.Contains("NoResetOnClose") && said.Contains("MaxAutoPrepare"))
        {
            return connectionString;
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!said.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }
        if (!said.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = AutoPrepared;
        }
        return builder.ConnectionString;
    }

    /// <summary>How many statements each PostgreSQL connection keeps prepared (the least recently used goes first).</summary>
    public const int AutoPrepared = 64;

    /// <summary>
    /// Registers <c>IDbContextFactory&lt;TContext&gt;</c> on the configured provider: <typeparamref name="TContext"/>
    /// itself on SQLite, <typeparamref name="TPostgresContext"/> (with its own migrations) on PostgreSQL.
    /// <para>
    /// The contexts are pooled: a page opens three to six of them, and a new context builds EF Core's scoped services
    /// (its query compiler, the provider's translators, the state manager) each time — a seventh of the host's CPU
    /// on the project list in a profile (BENCHMARKS.md §7). A context handed back is reset by EF Core: its tracked
    /// entities, transaction and command timeout are cleared and its connection is closed (back to the provider's
    /// pool). The contexts keep no state of their own, so a reused one is as a new one.
    /// </para>
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TPostgresContext>(this IServiceCollection services, DatabaseOptions database, string historyTable)
        where TContext : DbContext
        where TPostgresContext : TContext
    {
        services.AddChangeStamps(database);
        if (database.IsPostgres)
        {
            services.AddPooledDbContextFactory<TPostgresContext>((sp, options) => options.UseReserveDatabase(database, historyTable).AddInterceptors(sp.GetRequiredService<ChangeStampInterceptor>()));
            services.AddSingleton<IDbContextFactory<TContext>>(sp => new BaseContextFactory<TContext, TPostgresContext>(sp.GetRequiredService<IDbContextFactory<TPostgresContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<TContext>((sp, options) => options.UseReserveDatabase(database, historyTable).AddInterceptors(sp.GetRequiredService<ChangeStampInterceptor>()));
        }
        services.AddSingleton<Operations.IModuleSchema>(sp => new Operations.ModuleSchema<TContext>(historyTable, sp.GetRequiredService<IDbContextFactory<TContext>>()));
        services.AddSingleton<IModuleModel>(sp => new ModuleModel<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
        services.AddSingleton(new ModuleHistory<TContext>(database.IsPostgres ? typeof(TPostgresContext) : typeof(TContext), historyTable));
        return services;
    }

    /// <summary>
    /// Registers <see cref="ChangeStamps"/> once for the database (every module's context tells it of its writes) and a
    /// module's <see cref="ChangeSource"/>s, when given.
    /// </summary>
    public static IServiceCollection AddChangeStamps(this IServiceCollection services, DatabaseOptions database, params ChangeSource[] sources)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.TryAddSingleton(sp => new ChangeStamps(database, sp.GetServices<ChangeSource>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton(sp => new ChangeStampInterceptor(sp.GetRequiredService<ChangeStamps>()));
        foreach (var source in sources)
        {
            services.AddSingleton(source);
        }
        return services;
    }

    /// <summary>
    /// Brings a module's tables up to date with its migrations (never EnsureCreated). A start with nothing to apply
    /// stops after one query of the module's history table (<see cref="AppliedMigrations"/>). Otherwise, SQLite: creates
    /// the data folder and turns on WAL; both: holds the database-wide migration lock, so that host instances starting
    /// at once on one PostgreSQL database do not migrate concurrently.
    /// </summary>
    public static async Task MigrateModuleAsync<TContext>(this IServiceProvider services, DatabaseOptions database, CancellationToken cancellationToken = default)
        where TContext : DbContext
    {
        var factory = services.GetRequiredService<IDbContextFactory<TContext>>();
        if (database.SqliteFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }
        // Asked before any context is made: a context's first use builds EF Core's services for its options, a cost a
        // start with nothing to apply need not pay for a module whose tables it does not read.
        var known = services.GetService<ModuleHistory<TContext>>();
        if (known is not null
            && await AppliedMigrations.AllAppliedAsync(database, known.ContextType, known.Table, cancellationToken))
        {
            return;
        }
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // On PostgreSQL the factory hands out the subclass that carries that provider's migrations.
        var history = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName;
        if (known is null && await AppliedMigrations.AllAppliedAsync(database, db.GetType(), history, cancellationToken))
        {
            return;
        }
        await using var gate = await DatabaseLock.AcquireAsync(database, "reserve:migrate", cancellationToken);
        if (!database.IsPostgres)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        // EF Core reads the history table before creating it, and on PostgreSQL that failed read is logged as an error
        // (npgsql/efcore.pg#3407): a first start on an empty database printed one "fail" a module. Created first, the
        // read finds it empty.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Design-time options (for <c>dotnet ef migrations add</c>): no database is opened.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(DatabaseProvider provider, string historyTable)
        where TContext : DbContext
    {
        var database = provider == DatabaseProvider.Postgres
            ? new DatabaseOptions(provider, "Host=localhost;Database=design_time")
            : new DatabaseOptions(provider, "Data Source=design-time.db");
        return (DbContextOptions<TContext>)new DbContextOptionsBuilder<TContext>().UseReserveDatabase(database, historyTable).Options;
    }

    /// <summary>Hands out the PostgreSQL subclass where the module asks for its context.</summary>
    private sealed class BaseContextFactory<TContext, TPostgresContext>(IDbContextFactory<TPostgresContext> inner) : IDbContextFactory<TContext>
        where TContext : DbContext
        where TPostgresContext : TContext
    {
        public TContext CreateDbContext() => inner.CreateDbContext();

        public async Task<TContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
