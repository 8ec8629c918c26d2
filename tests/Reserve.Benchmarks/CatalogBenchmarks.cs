using BenchmarkDotNet.Attributes;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Demo.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Benchmarks;

/// <summary>
/// Benchmark 1 on the real catalog: N fixed-seed demo projects against every channel of every built plugin
/// (artifacts/plugins, 20 channels), as of the bench command's date. One operation is N × channels
/// project-channel evaluations; the Evals/s and Alloc/eval columns divide by that. The verdict pass keeps every
/// rule's verdict, so every result stays explainable (<see cref="MatchBatch.Explain(int, int)"/>); the explained
/// rows build every result's full Chinese explanation.
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    /// <summary>The date of the host's bench command: all channels but the 2020-only 抗疫特别国债 are in their period.</summary>
    public static readonly DateOnly AsOf = new(2025, 9, 10);

    private IReadOnlyList<ProjectRecord> _projects = [];
    private MatchEngine _engine = null!;
    private MatchBatch _batch = null!;

    [Params(100_000)]
    public int ProjectCount { get; set; }

    /// <summary>
    /// The channels the built plugins define; a parameter so that the per-evaluation columns can divide by
    /// ProjectCount × ChannelCount. The setup refuses to run when the catalog has another number.
    /// </summary>
    [Params(20)]
    public int ChannelCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var catalog = ChannelsModule.LoadCatalog(StorageSetup.PluginsDirectory());
        if (catalog.Channels.Count != ChannelCount)
        {
            throw new InvalidOperationException($"插件目录有 {catalog.Channels.Count} 个渠道，基准参数为 {ChannelCount}");
        }
        _projects = DemoProjects.Generate(ProjectCount, DemoProjectOptions.For(catalog));
        Locality.Compact();
        _engine = new MatchEngine(catalog);
        _batch = _engine.Evaluate(_projects, AsOf);
        Console.WriteLine($"// {ProjectCount} 个项目 × {ChannelCount} 个渠道；结论：{Describe(_batch.Counts())}");
    }

    [Benchmark(Baseline = true, Description = "Verdict pass, 1 thread (Evaluate)")]
    public long EvaluateOneThread() => _engine.Evaluate(_projects, AsOf).Evaluations;

    [Benchmark(Description = "Verdict pass, all cores (Evaluate)")]
    public long EvaluateAllCores() => _engine.Evaluate(_projects, AsOf, Environment.ProcessorCount).Evaluations;

    [Benchmark(Description = "Verdict counts only, 1 thread (Tally)")]
    public int Tally() => _engine.Tally(_projects, AsOf).Count;

    /// <summary>The explanations of a verdict pass built for every result (what storing them needs).</summary>
    [Benchmark(Description = "Explain every result of a pass (MatchBatch.Explain)")]
    public int ExplainAll()
    {
        var rules = 0;
        for (var p = 0; p < _projects.Count; p++)
        {
            foreach (var result in _batch.Explain(p))
            {
                rules += result.Rules.Count;
            }
        }
        return rules;
    }

    [Benchmark(Description = "Full explanations per project (MatchEngine.Match)")]
    public int MatchEveryProject()
    {
        var rules = 0;
        foreach (var project in _projects)
        {
            foreach (var result in _engine.Match(project, AsOf))
            {
                rules += result.Rules.Count;
            }
        }
        return rules;
    }

    private static string Describe(IReadOnlyDictionary<string, VerdictCounts> counts) =>
        $"符合 {counts.Values.Sum(c => c.Eligible)}，不符合 {counts.Values.Sum(c => c.Ineligible)}，待补充信息 {counts.Values.Sum(c => c.NeedsInformation)}，待核实 {counts.Values.Sum(c => c.Unconfirmed)}，出错 {counts.Values.Sum(c => c.Errors)}";
}
