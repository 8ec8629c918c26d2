using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Demo.Projects;

namespace Reserve.Benchmarks;

/// <summary>
/// <c>--store N [--pg CONNECTION]</c>: benchmark 4, "Store". N fixed-seed demo projects are imported into a fresh
/// reserve (not timed), then <c>IMatchResults.RematchAllAsync</c> is timed: read every project, run the verdict
/// pass against every built plugin's channels (every rule's verdict kept, so any result can be explained), and
/// store one row per (project, channel) — verdict, score, estimated amount — 500 projects per transaction. SQLite by default (a file in a temporary
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
                var outcome = await importer.GetRequiredService<IProjectReserve>().ImportAsync(DemoProjects.Generate(count, DemoProjectOptions.For(catalog)), "基准");
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
            Console.WriteLine($"  匹配并保存（{matched} 个项目 × {channels} 个渠道 = {rows} 行：结论、得分、测算金额；说明在打开项目时重算）：{timer.Elapsed.TotalSeconds:0.0} 秒，{matched / timer.Elapsed.TotalSeconds:#,0} 项目/秒，{rows / timer.Elapsed.TotalSeconds:#,0} 行/秒；本进程 CPU {cpu.TotalSeconds:0.0} 秒");
            Console.WriteLine(resetPeak
                ? $"  峰值常驻内存（本步骤）：{peak / 1048576.0:#,0} MB（步骤开始时 {baseline / 1048576.0:#,0} MB）"
                : $"  峰值常驻内存（整个进程，未能重置峰值）：{peak / 1048576.0:#,0} MB");
            Console.WriteLine($"  {(database.IsPostgres ? "结果表（含索引）" : "数据库文件（项目表与结果表）")}大小：{await SizeAsync(database) / 1048576.0:#,0} MB");
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

    /// <summary>
    /// What of the time above is reading and matching: the same read of every project, then the same verdict pass
    /// without writing; and the explanation JSON of the first 1,000 projects, to show what storing it would weigh.
    /// </summary>
    private static async Task MatchOnlyAsync(IServiceProvider services, int count)
    {
        var engine = services.GetRequiredService<MatchEngine>();
        var asOf = DateOnly.FromDateTime(DateTime.Now);
        var timer = Stopwatch.StartNew();
        var records = new List<Reserve.Sdk.Projects.ProjectRecord>(count);
        await foreach (var record in services.GetRequiredService<IProjectReserve>().AllAsync())
        {
            records.Add(record);
        }
        var read = timer.Elapsed;
        var batch = engine.Evaluate(records, asOf, Environment.ProcessorCount);
        var evaluate = timer.Elapsed - read;
        long bytes = 0;
        var sample = Math.Min(1_000, records.Count);
        for (var p = 0; p < sample; p++)
        {
            foreach (var result in batch.Explain(p))
            {
                bytes += System.Text.Encoding.UTF8.GetByteCount(MatchJson.Serialize(result));
            }
        }
        var channels = services.GetRequiredService<ChannelCatalog>().Channels.Count;
        Console.WriteLine($"  对照：只读取 {records.Count} 个项目 {read.TotalSeconds:0.0} 秒；只判结论（{Environment.ProcessorCount} 个线程）{evaluate.TotalSeconds:0.0} 秒");
        Console.WriteLine($"  对照：完整说明 JSON 平均 {bytes / (double)sample / channels:#,0} 字节/行（前 {sample} 个项目），若随结果保存，{count} 个项目约 {bytes / (double)sample * count / 1073741824.0:0.0} GB");
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
