using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Projects.DemoData;

namespace Reserve.Benchmarks;

/// <summary>
/// <c>--store N [--pg CONNECTION]</c>: benchmark 4, "Store". N fixed-seed demo projects are imported into a fresh
/// reserve (not timed), then <c>IMatchResults.RematchAllAsync</c> is timed: read every project, match it against
/// every built plugin's channels with full explanations, and store one row per (project, channel) with the
/// explanation as JSON, a batch of 500 projects per transaction. SQLite by default (a file in a temporary
/// folder, WAL, as the host wires it); with <c>--pg</c> a new database on that PostgreSQL server, dropped after.
/// The peak resident memory is of the timed step only (VmHWM reset through /proc/self/clear_refs).
/// </summary>
internal static class StoreMeasurement
{
    public static async Task<int> RunAsync(int count, string? postgresServer)
    {
        var folder = Path.Combine(Path.GetTempPath(), "reserve-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var postgresName = postgresServer is null ? null : "reserve_bench_" + Guid.NewGuid().ToString("N");
        var database = postgresServer is null
            ? DatabaseOptions.Sqlite(Path.Combine(folder, "reserve.db"))
            : new DatabaseOptions(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(postgresServer) { Database = postgresName }.ConnectionString);
        try
        {
            if (postgresServer is not null)
            {
                await ExecuteAsync(postgresServer, $"CREATE DATABASE {postgresName}");
            }
            await using (var importer = StorageSetup.Services(database, withMatching: false))
            {
                await StorageSetup.MigrateAsync(importer, withMatching: false);
                var catalog = importer.GetRequiredService<ChannelCatalog>();
                var watch = Stopwatch.StartNew();
                var outcome = await importer.GetRequiredService<IProjectReserve>().ImportAsync(DemoProjects.Generate(count, StorageSetup.DemoOptions(catalog)), "基准");
                if (!outcome.Succeeded)
                {
                    throw new InvalidOperationException("演示数据未通过校验：" + string.Join("；", outcome.Problems.Take(3).Select(p => p.Message)));
                }
                Console.WriteLine($"{database.Describe()}：已导入 {outcome.Created} 个演示项目（不计时，{watch.Elapsed.TotalSeconds:0} 秒），{catalog.Channels.Count} 个渠道");
            }

            await using var services = StorageSetup.Services(database);
            await StorageSetup.MigrateAsync(services);
            var results = services.GetRequiredService<IMatchResults>();
            var channels = services.GetRequiredService<ChannelCatalog>().Channels.Count;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var resetPeak = Memory.ResetPeak();
            var baseline = Memory.Rss();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var timer = Stopwatch.StartNew();
            var matched = await results.RematchAllAsync();
            timer.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var peak = Memory.Peak();
            var rows = (long)matched * channels;
            Console.WriteLine($"  匹配并保存（{matched} 个项目 × {channels} 个渠道 = {rows} 行，含完整说明 JSON）：{timer.Elapsed.TotalSeconds:0.0} 秒，{matched / timer.Elapsed.TotalSeconds:#,0} 项目/秒，{rows / timer.Elapsed.TotalSeconds:#,0} 行/秒；本进程 CPU {cpu.TotalSeconds:0.0} 秒");
            Console.WriteLine(resetPeak
                ? $"  峰值常驻内存（本步骤）：{peak / 1048576.0:#,0} MB（步骤开始时 {baseline / 1048576.0:#,0} MB）"
                : $"  峰值常驻内存（整个进程，未能重置峰值）：{peak / 1048576.0:#,0} MB");
            Console.WriteLine($"  结果表大小：{await SizeAsync(database) / 1048576.0:#,0} MB");
            await MatchOnlyAsync(services, matched);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if (postgresServer is not null)
            {
                await ExecuteAsync(postgresServer, $"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)");
            }
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The same reading, matching and JSON serialisation without writing: what of the time above is storage.</summary>
    private static async Task MatchOnlyAsync(IServiceProvider services, int count)
    {
        var engine = services.GetRequiredService<MatchEngine>();
        var asOf = DateOnly.FromDateTime(DateTime.Now);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var timer = Stopwatch.StartNew();
        long bytes = 0;
        await foreach (var record in services.GetRequiredService<IProjectReserve>().AllAsync())
        {
            foreach (var result in engine.Match(record, asOf))
            {
                bytes += MatchJson.Serialize(result).Length;
            }
        }
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"  对照：只读取、匹配并序列化（不写入）：{timer.Elapsed.TotalSeconds:0.0} 秒，本进程 CPU {cpu.TotalSeconds:0.0} 秒；说明 JSON 平均 {bytes / (double)count / services.GetRequiredService<ChannelCatalog>().Channels.Count:#,0} 字符/行");
    }

    private static async Task<long> SizeAsync(DatabaseOptions database)
    {
        if (!database.IsPostgres)
        {
            return Directory.GetFiles(Path.GetDirectoryName(database.SqliteFile!)!).Sum(f => new FileInfo(f).Length);
        }
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_total_relation_size('match_results')", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
