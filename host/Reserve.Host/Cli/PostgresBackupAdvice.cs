using Reserve.Persistence;

namespace Reserve.Host.Cli;

/// <summary>On PostgreSQL, backup and restore are the database's own tools; the commands say which, for this database.</summary>
internal static class PostgresBackupAdvice
{
    public static string For(DatabaseOptions database)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString);
        var target = $"-h {b.Host} -p {b.Port} -U {b.Username} -d {b.Database}";
        return $"""
            当前数据库是 {database.Describe()}：PostgreSQL 用它自己的工具备份和恢复（见 docs/storage.md“备份与恢复”）。
              备份（网站可继续运行）：pg_dump {target} --format=custom --file reserve.dump
              恢复（先停止所有 Reserve 实例，恢复到一个空库）：pg_restore {target} --clean --if-exists --no-owner --single-transaction reserve.dump
            """;
    }
}
