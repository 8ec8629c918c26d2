using BenchmarkDotNet.Attributes;
using Reserve.Matching;
using Reserve.Demo.Projects;
using Reserve.Sdk.Projects;
using RulesEngine.Models;

namespace Reserve.Benchmarks;

/// <summary>
/// N fixed-seed demo projects against the one channel of <see cref="FixedRuleSet"/> (14 rules), written three
/// ways: the engine, a hand-written loop, Microsoft RulesEngine. One operation is the whole batch of N
/// project-channel evaluations; the Evals/s and Alloc/eval columns divide by N. The hand-written loop that
/// evaluates every condition is the baseline (Ratio 1). Rows marked "all cores" share the projects among every
/// core (two on the benchmark machine); every other row runs on one thread, so those compare like with like.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private IReadOnlyList<ProjectRecord> _projects = [];
    private ProjectSnapshot[] _snapshots = [];
    private RuleParameter[][] _inputs = [];
    private MatchEngine _engine = null!;
    private RulesEngineWorkflow _workflow = null!;
    private RulesEngineWorkflow _tuned = null!;
    private readonly DateOnly _asOf = FixedRuleSet.AsOf;

    [Params(10_000, 100_000)]
    public int ProjectCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _projects = DemoProjects.Generate(ProjectCount, DemoProjects.DefaultSeed);
        Locality.Compact();
        _engine = new MatchEngine(FixedRuleSet.Catalog());
        _workflow = new RulesEngineWorkflow();
        _tuned = new RulesEngineWorkflow(tuned: true);
        // RulesEngine's input is flattened once here, outside the timing: its best case.
        _inputs = _projects.Select(p => RulesEngineWorkflow.Input(p, _asOf)).ToArray();
        // Likewise the engine's snapshots, as a caller that keeps them between passes would have them.
        _snapshots = _projects.Select(ProjectSnapshot.Of).ToArray();
        var counts = Equivalence.Check(_projects, _snapshots, _inputs, _workflow, _asOf);
        Equivalence.Check(_projects, _snapshots, _inputs, _tuned, _asOf);
        Console.WriteLine($"// 结论一致（{ProjectCount} 个项目）：{counts}");
    }

    [Benchmark(Baseline = true, Description = "Hand-written loop, all conditions")]
    public int HandWrittenAll()
    {
        var eligible = 0;
        foreach (var p in _projects)
        {
            eligible += HandWritten.Verdict(p, _asOf) == MatchVerdict.Eligible ? 1 : 0;
        }
        return eligible;
    }

    [Benchmark(Description = "Hand-written loop, stop at first fail")]
    public int HandWrittenShortCircuit()
    {
        var eligible = 0;
        foreach (var p in _projects)
        {
            eligible += HandWritten.VerdictShortCircuit(p, _asOf) == MatchVerdict.Eligible ? 1 : 0;
        }
        return eligible;
    }

    [Benchmark(Description = "Hand-written loop over kept snapshots")]
    public int HandWrittenOverSnapshots()
    {
        var eligible = 0;
        foreach (var p in _snapshots)
        {
            eligible += Benchmarks.HandWrittenOverSnapshots.Verdict(p, _asOf) == MatchVerdict.Eligible ? 1 : 0;
        }
        return eligible;
    }

    [Benchmark(Description = "Engine: verdict pass over kept snapshots (Evaluate)")]
    public int EngineEvaluateSnapshots() => _engine.Evaluate(_snapshots, _asOf).Counts()[FixedRuleSet.ChannelId].Eligible;

    [Benchmark(Description = "Engine: verdict pass over kept snapshots, all cores")]
    public int EngineEvaluateSnapshotsAllCores() => _engine.Evaluate(_snapshots, _asOf, Environment.ProcessorCount).Counts()[FixedRuleSet.ChannelId].Eligible;

    [Benchmark(Description = "Engine: verdict pass, rule verdicts kept (Evaluate)")]
    public int EngineEvaluate() => _engine.Evaluate(_projects, _asOf).Counts()[FixedRuleSet.ChannelId].Eligible;

    [Benchmark(Description = "Engine: verdict pass, all cores (Evaluate)")]
    public int EngineEvaluateAllCores() => _engine.Evaluate(_projects, _asOf, Environment.ProcessorCount).Counts()[FixedRuleSet.ChannelId].Eligible;

    [Benchmark(Description = "Engine: verdict counts only (Tally)")]
    public int EngineTally() => _engine.Tally(_projects, _asOf)[FixedRuleSet.ChannelId].Eligible;

    [Benchmark(Description = "Engine: full explanations (MatchEngine.Match)")]
    public int EngineMatch()
    {
        var eligible = 0;
        foreach (var p in _projects)
        {
            eligible += _engine.Match(p, _asOf)[0].Verdict == MatchVerdict.Eligible ? 1 : 0;
        }
        return eligible;
    }

    [Benchmark(Description = "RulesEngine 6.0.1: same semantics (28 rules)")]
    public int RulesEngineSame()
    {
        var eligible = 0;
        foreach (var input in _inputs)
        {
            eligible += _workflow.Verdict(input) == MatchVerdict.Eligible ? 1 : 0;
        }
        return eligible;
    }

    [Benchmark(Description = "RulesEngine 6.0.1: same semantics, tuned settings")]
    public int RulesEngineTuned()
    {
        var eligible = 0;
        foreach (var input in _inputs)
        {
            eligible += _tuned.Verdict(input) == MatchVerdict.Eligible ? 1 : 0;
        }
        return eligible;
    }

    [Benchmark(Description = "RulesEngine 6.0.1: same semantics, tuned, all cores")]
    public int RulesEngineTunedAllCores()
    {
        // One engine instance shared by the threads, as its maintainers recommend (it is thread-safe).
        var eligible = 0;
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, _inputs.Length, 512),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            range =>
            {
                var local = 0;
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    local += _tuned.Verdict(_inputs[i]) == MatchVerdict.Eligible ? 1 : 0;
                }
                Interlocked.Add(ref eligible, local);
            });
        return eligible;
    }

    /// <summary>
    /// The same, with RulesEngine's flat input built from each record inside the timing, as using it on the
    /// reserve would need (the rows above build it once in the setup: RulesEngine's best case).
    /// </summary>
    [Benchmark(Description = "RulesEngine 6.0.1: tuned, input built from the record")]
    public int RulesEngineTunedWithInput()
    {
        var eligible = 0;
        foreach (var p in _projects)
        {
            eligible += _tuned.Verdict(RulesEngineWorkflow.Input(p, _asOf)) == MatchVerdict.Eligible ? 1 : 0;
        }
        return eligible;
    }

    [Benchmark(Description = "RulesEngine 6.0.1: fail rules only (14 rules, no unknown)")]
    public int RulesEngineFailOnly()
    {
        var ineligible = 0;
        foreach (var input in _inputs)
        {
            ineligible += _workflow.AnyFail(input) ? 1 : 0;
        }
        return ineligible;
    }
}
