using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Channels;
using Reserve.Projects;
using Reserve.Demo.Projects;
using Reserve.Projects.Interchange;

namespace Reserve.Benchmarks;

/// <summary>
/// <c>--import N</c>: writes N fixed-seed demo projects to an XLSX file (not timed), then times reading,
/// validating and storing it in a fresh SQLite reserve, and reports the process's peak resident memory
/// during that step only (the peak is reset first through /proc/self/clear_refs on Linux). One shot, not a
/// BenchmarkDotNet run: an import of 100,000 rows is one long operation, measured once per process.
/// </summary>
internal static class ImportMeasurement
{
    public static async Task<int> RunAsync(int count, bool withMatching, string? reuse = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "reserve-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var services = StorageSetup.Services(Path.Combine(folder, "reserve.db"), withMatching);
            await StorageSetup.MigrateAsync(services, withMatching);
            var catalog = services.GetRequiredService<ChannelCatalog>();
            // A file given with --file is reused (writing 100,000 rows takes minutes and is not what is measured).
            var file = reuse ?? Path.Combine(folder, "projects.xlsx");
            if (!File.Exists(file))
            {
                await using var output = File.Create(file);
                ProjectExport.WriteXlsx(output, DemoProjects.Enumerate(count, DemoProjectOptions.For(catalog)), catalog.ChannelFacts);
            }
            Console.WriteLine($"XLSX：{count} 行，{new FileInfo(file).Length / 1048576.0:0.0} MB，{catalog.Channels.Count} 个渠道{(withMatching ? "（导入后匹配并保存结果）" : "（不匹配）")}");

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var resetPeak = Memory.ResetPeak();
            var baseline = Memory.Rss();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var pause = GC.GetTotalPauseDuration();
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var watch = Stopwatch.StartNew();
            ImportOutcome outcome;
            await using (var input = File.OpenRead(file))
            using (var source = ProjectImport.OpenXlsx(input, catalog.ChannelFacts))
            {
                outcome = await services.GetRequiredService<IProjectReserve>().ImportAsync(source, "基准", ImportMode.AllOrNothing);
            }
            watch.Stop();
            var cpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            pause = GC.GetTotalPauseDuration() - pause;
            collections = (GC.CollectionCount(0) - collections.Item1, GC.CollectionCount(1) - collections.Item2, GC.CollectionCount(2) - collections.Item3);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException("导入未通过校验：" + string.Join("；", outcome.Problems.Take(3).Select(p => p.Message)));
            }
            var peak = Memory.Peak();
            Console.WriteLine($"  垃圾回收：暂停共 {pause.TotalSeconds:0.0} 秒，第 0/1/2 代各 {collections.Item1}/{collections.Item2}/{collections.Item3} 次");
            Console.WriteLine($"  流式读取、逐行校验并分批保存（一个事务，新建 {outcome.Created} 个）：{watch.Elapsed.TotalSeconds:0.0} 秒，{count / watch.Elapsed.TotalSeconds:#,0} 行/秒（进程 CPU 时间 {cpuTime.TotalSeconds:0.0} 秒，{(System.Runtime.GCSettings.IsServerGC ? "服务器" : "工作站")} GC，分配 {allocated / 1024.0 / count:#,0} KB/行）");
            Console.WriteLine(resetPeak
                ? $"  峰值常驻内存（本步骤）：{peak / 1048576.0:#,0} MB（步骤开始时 {baseline / 1048576.0:#,0} MB）"
                : $"  峰值常驻内存（整个进程，未能重置峰值）：{peak / 1048576.0:#,0} MB");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
