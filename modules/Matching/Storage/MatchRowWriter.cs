using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Reserve.Matching.Storage;

/// <summary>
/// Writes result rows in the caller's transaction as an upsert on (project, channel), so that two instances
/// re-matching the same project at once both succeed and the last commit wins, never a key violation.
/// EF Core's change tracker is bypassed: a reserve re-match writes millions of rows (BENCHMARKS.md, "Store").
/// SQLite: one prepared statement executed per row (SQLite statements are cheap, round trips are free).
/// PostgreSQL: one statement per batch whose rows arrive as arrays (<c>unnest</c>), a single round trip.
/// </summary>
internal static class MatchRowWriter
{
    private const string Columns = "\"ProjectId\", \"ChannelId\", \"PluginId\", \"PluginVersion\", \"AsOf\", \"Verdict\", \"Score\", \"Amount\", \"MatchedAtUtc\", " +
        "\"Readiness\", \"ReadinessItems\", \"ReadyBy\", \"Timing\", \"OpensOn\", \"ClosesOn\"";

    private const string OnConflict = """
        ON CONFLICT ("ProjectId", "ChannelId") DO UPDATE SET
          "PluginId" = excluded."PluginId", "PluginVersion" = excluded."PluginVersion", "AsOf" = excluded."AsOf",
          "Verdict" = excluded."Verdict", "Score" = excluded."Score", "Amount" = excluded."Amount",
          "MatchedAtUtc" = excluded."MatchedAtUtc", "Readiness" = excluded."Readiness", "ReadinessItems" = excluded."ReadinessItems",
          "ReadyBy" = excluded."ReadyBy", "Timing" = excluded."Timing", "OpensOn" = excluded."OpensOn", "ClosesOn" = excluded."ClosesOn"
        """;

    public static async Task UpsertAsync(MatchingDbContext db, IReadOnlyList<MatchRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection is NpgsqlConnection npgsql)
        {
            await UpsertPostgresAsync(npgsql, (NpgsqlTransaction?)transaction, rows, cancellationToken);
        }
        else
        {
            await UpsertSqliteAsync(connection, transaction, rows, cancellationToken);
        }
    }

    private static async Task UpsertSqliteAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<MatchRow> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO match_results ({Columns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14) {OnConflict}";
        var parameters = new DbParameter[15];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "@p" + i;
            command.Parameters.Add(parameters[i]);
        }
        foreach (var row in rows)
        {
            // The same text forms EF Core's SQLite provider writes (dates ISO, decimals and times as text).
            parameters[0].Value = row.ProjectId;
            parameters[1].Value = row.ChannelId;
            parameters[2].Value = row.PluginId;
            parameters[3].Value = row.PluginVersion;
            parameters[4].Value = row.AsOf;
            parameters[5].Value = row.Verdict;
            parameters[6].Value = row.Score;
            parameters[7].Value = (object?)row.Amount ?? DBNull.Value;
            parameters[8].Value = row.MatchedAtUtc;
            parameters[9].Value = row.Readiness;
            parameters[10].Value = row.ReadinessItems;
            parameters[11].Value = (object?)row.ReadyBy ?? DBNull.Value;
            parameters[12].Value = row.Timing;
            parameters[13].Value = (object?)row.OpensOn ?? DBNull.Value;
            parameters[14].Value = (object?)row.ClosesOn ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task UpsertPostgresAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<MatchRow> rows, CancellationToken cancellationToken)
    {
        // Rows in key order, so that two transactions upserting overlapping projects lock them in the same order.
        var ordered = rows.OrderBy(r => r.ProjectId, StringComparer.Ordinal).ThenBy(r => r.ChannelId, StringComparer.Ordinal).ToArray();
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO match_results ({Columns})
            SELECT p, c, pi, pv, a, v, s, am, m, rd, ri, rb, tm, op, cl
            FROM unnest(@p, @c, @pi, @pv, @a, @v, @s, @am, @m, @rd, @ri, @rb, @tm, @op, @cl) AS t(p, c, pi, pv, a, v, s, am, m, rd, ri, rb, tm, op, cl)
            {OnConflict}
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]>("p", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = ordered.Select(r => r.ProjectId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string[]>("c", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = ordered.Select(r => r.ChannelId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string[]>("pi", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = ordered.Select(r => r.PluginId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string[]>("pv", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = ordered.Select(r => r.PluginVersion).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]>("a", NpgsqlDbType.Array | NpgsqlDbType.Date) { TypedValue = ordered.Select(r => r.AsOf).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string[]>("v", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = ordered.Select(r => r.Verdict).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<decimal[]>("s", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { TypedValue = ordered.Select(r => r.Score).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<decimal?[]>("am", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { TypedValue = ordered.Select(r => r.Amount).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateTime[]>("m", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = ordered.Select(r => DateTime.SpecifyKind(r.MatchedAtUtc, DateTimeKind.Utc)).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string[]>("rd", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = ordered.Select(r => r.Readiness).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]>("ri", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = ordered.Select(r => r.ReadinessItems).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]>("rb", NpgsqlDbType.Array | NpgsqlDbType.Date) { TypedValue = ordered.Select(r => r.ReadyBy).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string[]>("tm", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = ordered.Select(r => r.Timing).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]>("op", NpgsqlDbType.Array | NpgsqlDbType.Date) { TypedValue = ordered.Select(r => r.OpensOn).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]>("cl", NpgsqlDbType.Array | NpgsqlDbType.Date) { TypedValue = ordered.Select(r => r.ClosesOn).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
