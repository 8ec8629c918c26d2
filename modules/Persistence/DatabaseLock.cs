using System.Text;
using Npgsql;

namespace Reserve.Persistence;

/// <summary>
/// A lock that holds across processes on one database, for work that must happen once however many host
/// instances start together (migrations, seeding demo data). PostgreSQL: a session advisory lock on a
/// connection of its own, released when disposed or when the process dies. SQLite: an exclusive lock on a
/// file beside the database (all processes sharing a SQLite file are on one machine).
/// </summary>
public static class DatabaseLock
{
    public static async Task<IAsyncDisposable> AcquireAsync(DatabaseOptions database, string name, CancellationToken cancellationToken = default)
    {
        return database.IsPostgres
            ? await PostgresLock.AcquireAsync(database.ConnectionString, Key(name), cancellationToken)
            : database.SqliteFile is { } file
                ? await FileLock.AcquireAsync(file + "." + name.Replace(':', '-') + ".lock", cancellationToken)
                : NoLock.Instance;
    }

    /// <summary>A stable 64-bit key for a lock name (FNV-1a): the same in every process and version.</summary>
    internal static long Key(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return unchecked((long)hash);
    }

    private sealed class PostgresLock(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public static async Task<PostgresLock> AcquireAsync(string connectionString, long key, CancellationToken cancellationToken)
        {
            // Unpooled, so that closing the connection surely ends the session and with it the lock.
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
            var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteNonQueryAsync(cancellationToken);
                return new PostgresLock(connection, key);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class FileLock(FileStream stream) : IAsyncDisposable
    {
        public static async Task<FileLock> AcquireAsync(string path, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            while (true)
            {
                try
                {
                    // The file stays: deleting it while another process waits would hand out two locks.
                    return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException)
                {
                    await Task.Delay(100, cancellationToken);
                }
            }
        }

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
