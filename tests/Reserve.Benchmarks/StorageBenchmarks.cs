using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Projects;
using Reserve.Demo.Projects;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Benchmarks;

/// <summary>
/// Re-match after one edit, on a SQLite reserve wired as the host wires it (every built plugin, the
/// reserve and the stored results in one file, WAL): a reserve of <see cref="ReserveSize"/> fixed-seed demo
/// projects already imported and matched, then one project at a time changed. One operation is one project.
/// </summary>
[MemoryDiagnoser]
public class RematchBenchmarks
{
    private ServiceProvider _services = null!;
    private IProjectReserve _reserve = null!;
    private IProjectChangeObserver[] _observers = [];
    private readonly List<ProjectRecord> _records = [];
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private string _folder = "";
    private int _next;

    [Params(2_000)]
    public int ReserveSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "reserve-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _services = StorageSetup.Services(Path.Combine(_folder, "reserve.db"));
        StorageSetup.MigrateAsync(_services).GetAwaiter().GetResult();
        _reserve = _services.GetRequiredService<IProjectReserve>();
        _observers = _services.GetServices<IProjectChangeObserver>().ToArray();
        var catalog = _services.GetRequiredService<ChannelCatalog>();
        // The import matches and stores every project's results too (the host's observer).
        var outcome = _reserve.ImportAsync(DemoProjects.Generate(ReserveSize, DemoProjectOptions.For(catalog)), "基准").GetAwaiter().GetResult();
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("演示数据未通过校验：" + string.Join("；", outcome.Problems.Take(3).Select(p => p.Message)));
        }
        foreach (var id in outcome.Ids)
        {
            var stored = _reserve.FindAsync(id).GetAwaiter().GetResult()!;
            _versions[id] = stored.Version;
            _records.Add(stored.Record);
        }
        Console.WriteLine($"// 储备 {ReserveSize} 个项目 × {catalog.Channels.Count} 个渠道，已导入并匹配");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "One project: re-match every channel and store its results")]
    public async Task RematchOne()
    {
        var record = _records[_next++ % _records.Count];
        foreach (var observer in _observers)
        {
            await observer.ProjectsChangedAsync([record], CancellationToken.None);
        }
    }

    [Benchmark(Description = "One edit saved (validate, store, audit) + re-match + store results")]
    public async Task SaveEditAndRematch()
    {
        var record = _records[_next++ % _records.Count];
        record.AnnualPlan = (record.AnnualPlan ?? 0m) + 1m;
        var outcome = await _reserve.SaveAsync(record, _versions[record.Id!], "基准");
        if (outcome.Saved is not { } saved)
        {
            throw new InvalidOperationException($"保存失败：{outcome.Conflict}{string.Join("；", outcome.Problems.Select(p => p.Message))}");
        }
        _versions[record.Id!] = saved.Version;
    }
}

/// <summary>The host's wiring of the reserve and the stored results, on one SQLite file.</summary>
internal static class StorageSetup
{
    public static string PluginsDirectory()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "artifacts", "plugins")))
        {
            folder = folder.Parent;
        }
        return folder is null
            ? throw new DirectoryNotFoundException("找不到 artifacts/plugins：先构建插件（dotnet build Monolith.sln）")
            : Path.Combine(folder.FullName, "artifacts", "plugins");
    }

    public static ServiceProvider Services(string databaseFile, bool withMatching = true) =>
        Services(Reserve.Persistence.DatabaseOptions.Sqlite(databaseFile), withMatching);

    public static ServiceProvider Services(Reserve.Persistence.DatabaseOptions connection, bool withMatching = true)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ChannelsModule.LoadCatalog(PluginsDirectory()));
        services.AddSingleton<IChannelFactProvider, CatalogFacts>();
        services.AddProjectReserve(connection);
        if (withMatching)
        {
            services.AddMatching(connection);
        }
        return services.BuildServiceProvider();
    }

    public static async Task MigrateAsync(IServiceProvider services, bool withMatching = true)
    {
        await services.MigrateProjectReserveAsync();
        if (withMatching)
        {
            await services.MigrateMatchingAsync();
        }
    }

    private sealed class CatalogFacts(ChannelCatalog catalog) : IChannelFactProvider
    {
        public IReadOnlyList<FactDescriptor> ChannelFacts => catalog.ChannelFacts;
    }
}
