using Microsoft.Data.Sqlite;

namespace Reserve.Persistence;

/// <summary>
/// Which database every module stores its tables in. The provider is configuration: named explicitly
/// (<c>Reserve:Database:Provider</c> = <c>sqlite</c> | <c>postgres</c>) or inferred from the connection string
/// (a string with <c>Host=</c> or <c>Server=</c> is PostgreSQL, anything else SQLite).
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public static DatabaseOptions Sqlite(string file) => new(DatabaseProvider.Sqlite, $"Data Source={file}");

    /// <summary>Reads the provider name (may be empty: then inferred) and the connection string.</summary>
    /// <exception cref="ArgumentException">An unknown provider name, or a connection string the provider cannot read, in Chinese.</exception>
    public static DatabaseOptions From(string connectionString, string? providerName = null)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("数据库连接字符串为空", nameof(connectionString));
        }
        var provider = string.IsNullOrWhiteSpace(providerName) ? Infer(connectionString) : Parse(providerName);
        var options = new DatabaseOptions(provider, connectionString);
        options.Check();
        return options;
    }

    public static DatabaseOptions FromConnectionString(string connectionString) => From(connectionString);

    /// <summary>The SQLite file, or null for PostgreSQL or an in-memory database.</summary>
    public string? SqliteFile
    {
        get
        {
            if (IsPostgres)
            {
                return null;
            }
            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            return string.IsNullOrEmpty(file) || file == ":memory:" ? null : Path.GetFullPath(file);
        }
    }

    /// <summary>What logs and the home page may show: the server and database, or the file, never a password.</summary>
    public string Describe()
    {
        if (!IsPostgres)
        {
            return $"SQLite {SqliteFile ?? ":memory:"}";
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static DatabaseProvider Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"不支持的数据库类型“{name}”，应为 sqlite 或 postgres", nameof(name)),
    };

    private static DatabaseProvider Infer(string connectionString)
    {
        var keys = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2)[0].Trim().ToLowerInvariant());
        return keys.Any(k => k is "host" or "server") ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
    }

    private void Check()
    {
        try
        {
            if (IsPostgres)
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
            }
            else
            {
                _ = new SqliteConnectionStringBuilder(ConnectionString);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException($"数据库连接字符串无法识别（{Provider}）：{ex.Message}", nameof(ConnectionString), ex);
        }
    }
}
