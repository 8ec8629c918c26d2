using Microsoft.Data.Sqlite;

namespace Reserve.Persistence.Operations;

/// <summary>
/// What backup and restore need of a SQLite database file: a consistent copy taken while hosts keep writing
/// (<c>VACUUM INTO</c> reads one snapshot of the WAL database), its tables and migrations, its integrity, and an
/// atomic swap that leaves either the old database or the new one, never a mixture.
/// </summary>
public static class SqliteFile
{
    /// <summary>Copies the live database into <paramref name="target"/> (which must not exist) as of one moment.</summary>
    public static async Task CopyOnlineAsync(string source, string target, CancellationToken cancellationToken)
    {
        await using (var connection = Open(source))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "VACUUM INTO @target";
            command.Parameters.AddWithValue("@target", target);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        // The copy is one self-contained file (a WAL-mode file would want its side files); the host turns WAL on again.
        await using (var copy = Open(target))
        await using (var command = copy.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode=DELETE";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The migrations applied per module history table (<c>__…_migrations</c>), as the file records them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> AppliedMigrations(string file)
    {
        using var connection = Open(file);
        var result = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var table in Tables(connection).Where(IsHistoryTable))
        {
            result[table] = Column(connection, $"""SELECT "MigrationId" FROM "{table}" ORDER BY "MigrationId" """);
        }
        return result;
    }

    /// <summary>Every table of the file with its row count, by name.</summary>
    public static IReadOnlyList<TableRows> TableRows(string file)
    {
        using var connection = Open(file);
        return Tables(connection).Select(t =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""SELECT COUNT(*) FROM "{t}" """;
            return new TableRows(t, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();
    }

    /// <summary>SQLite's own check of the file: "ok", or what it found broken.</summary>
    public static string IntegrityCheck(string file)
    {
        try
        {
            using var connection = Open(file);
            return string.Join("；", Column(connection, "PRAGMA integrity_check"));
        }
        catch (SqliteException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// Puts <paramref name="prepared"/> in the place of <paramref name="database"/> with one rename, after folding the
    /// old database's write-ahead log into it (a stale log beside the new file would be replayed onto it). The old
    /// database is kept as <paramref name="aside"/>. No process may have the database open meanwhile (see
    /// <see cref="DatabaseInUse"/>).
    /// </summary>
    public static void Replace(string database, string prepared, string aside)
    {
        if (File.Exists(database))
        {
            using (var connection = Open(database))
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                command.ExecuteNonQuery();
            }
            SqliteConnection.ClearAllPools();
            foreach (var side in new[] { database + "-wal", database + "-shm" })
            {
                File.Delete(side);
            }
            // A hard link keeps the old file under the new name while the rename below swaps the database in one step.
            File.Replace(prepared, database, aside, ignoreMetadataErrors: true);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(database)!);
            File.Move(prepared, database);
        }
        SqliteConnection.ClearAllPools();
    }

    private static bool IsHistoryTable(string table) =>
        table.StartsWith("__", StringComparison.Ordinal) && table.EndsWith("_migrations", StringComparison.Ordinal);

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    // Virtual tables (FTS5) are left out: their rows live in their shadow tables, which are listed and counted like any
    // other, and a contentless one cannot be scanned at all ("table does not support scanning").
    private static List<string> Tables(SqliteConnection connection) =>
        Column(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name");

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}

/// <summary>A table and how many rows it holds.</summary>
public sealed record TableRows(string Table, long Rows);
