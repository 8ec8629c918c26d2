using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reserve.Persistence;

namespace Reserve.Testing;

/// <summary>
/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a database of its own on
/// the PostgreSQL server named by <c>RESERVE_TEST_PG</c> (tests/run.sh starts one). Dropped when disposed.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "RESERVE_TEST_PG";

    private readonly string? _folder;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseOptions options, string? folder, string? postgresName)
    {
        Options = options;
        _folder = folder;
        _postgresName = postgresName;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    /// <summary>The PostgreSQL server's superuser connection string, or null when none is configured.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "reserve-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            // Unpooled, so that the file can be deleted afterwards.
            return new TestDatabase(new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "reserve.db")};Pooling=False"), folder, null);
        }
        var server = PostgresServer ?? throw new InvalidOperationException($"未设置 {ServerVariable}：没有可用的 PostgreSQL 服务器（用 bash tests/run.sh 运行测试会自动启动一个）");
        var name = "reserve_t_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(new DatabaseOptions(DatabaseProvider.Postgres, builder.ConnectionString), null, name);
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Provider == DatabaseProvider.Postgres ? new NpgsqlConnection(Options.ConnectionString) : new SqliteConnection(Options.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The first column of the first row (null for none), read with a connection of its own.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    /// <summary>Every row of <paramref name="sql"/> as one line (columns joined by |, invariant culture), in ordinal order: result sets to compare.</summary>
    public async Task<string[]> LinesAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return [.. lines.Order(StringComparer.Ordinal)];
    }

    public async Task<long> CountAsync(string table, string where = "1 = 1") =>
        Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM {table} WHERE {where}"));

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(Options.ConnectionString));
            await using var admin = new NpgsqlConnection(PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
