using BenchmarkDotNet.Attributes;
using Reserve.Matching;
using Reserve.Projects.DemoData;
using Reserve.Sdk.Projects;
using RulesEngine.Models;

namespace Reserve.Benchmarks;

/// <summary>
/// N fixed-seed demo projects against the one channel of <see cref="FixedRuleSet"/> (14 rules), written four
/// ways. One operation is the whole batch of N project-channel evaluations; the Evals/s and Alloc/eval
/// columns divide by N. The hand-written loop that evaluates every condition is the baseline (Ratio 1).
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private IReadOnlyList<ProjectRecord> _projects = [];
    private RuleParameter[][] _inputs = [];
    private MatchEngine _engine = null!;
    private RulesEngineWorkflow _workflow = null!;
    private readonly DateOnly _asOf = FixedRuleSet.AsOf;

    [Params(10_000, 100_000)]
    public int ProjectCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _projects = DemoProjects.Generate(ProjectCount, DemoProjects.DefaultSeed);
        _engine = new MatchEngine(FixedRuleSet.Catalog());
        _workflow = new RulesEngineWorkflow();
        // RulesEngine's input is flattened once here, outside the timing: its best case.
        _inputs = _projects.Select(p => RulesEngineWorkflow.Input(p, _asOf)).ToArray();
        var counts = Equivalence.Check(_projects, _inputs, _workflow, _asOf);
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

    [Benchmark(Description = "Engine: verdicts (MatchEngine.Tally)")]
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
