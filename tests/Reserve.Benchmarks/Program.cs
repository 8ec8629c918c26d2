using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Reserve.Benchmarks;
using Reserve.Demo.Projects;

// `--verify [N]`: only the equivalence check, printing the verdict counts; otherwise BenchmarkDotNet.
// `--short` runs the ShortRun job (3 warm-ups, 3 iterations), which fits a 2-core machine's time budget.
if (args.Length > 0 && args[0] == "--verify")
{
    var count = args.Length > 1 ? int.Parse(args[1]) : 10_000;
    var projects = DemoProjects.Generate(count, DemoProjects.DefaultSeed);
    var workflow = new RulesEngineWorkflow();
    var inputs = projects.Select(p => RulesEngineWorkflow.Input(p, FixedRuleSet.AsOf)).ToArray();
    var snapshots = projects.Select(Reserve.Sdk.Projects.ProjectSnapshot.Of).ToArray();
    Console.WriteLine($"结论一致（{count} 个项目）：{Equivalence.Check(projects, snapshots, inputs, workflow, FixedRuleSet.AsOf)}");
    return 0;
}

// `--import [N] [--match]`: one timed import of an N-row XLSX into a fresh SQLite reserve, with peak memory.
if (args.Length > 0 && args[0] == "--import")
{
    var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 100_000;
    var reuse = Array.IndexOf(args, "--file") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    return await ImportMeasurement.RunAsync(count, withMatching: args.Contains("--match"), reuse);
}

// `--store [N] [--pg CONNECTION]`: benchmark 4, match and store every project's results, SQLite or PostgreSQL.
if (args.Length > 0 && args[0] == "--store")
{
    var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 100_000;
    var pg = Array.IndexOf(args, "--pg") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    return await StoreMeasurement.RunAsync(count, pg);
}

// `--rule-costs [N]`: nanoseconds per evaluation of each rule of the fixed set, so the costly ones can be found.
if (args.Length > 0 && args[0] == "--rule-costs")
{
    var count = args.Length > 1 ? int.Parse(args[1]) : 100_000;
    var projects = DemoProjects.Generate(count, DemoProjects.DefaultSeed).Select(Reserve.Sdk.Projects.ProjectSnapshot.Of).ToArray();
    var context = new Reserve.Sdk.Rules.RuleContext(FixedRuleSet.AsOf);
    foreach (var rule in FixedRuleSet.Rules())
    {
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var project in projects)
            {
                context.ResetMissing();
                rule.Evaluate(project, context);
            }
            best = Math.Min(best, watch.Elapsed.TotalNanoseconds / count);
        }
        Console.WriteLine($"{best,8:#,0.0} ns  {rule.Id}");
    }
    return 0;
}

// `--quick [N]`: a stopwatch comparison of the same methods after warm-up, for trying engine changes quickly.
if (args.Length > 0 && args[0] == "--quick")
{
    var bench = new MatchingBenchmarks { ProjectCount = args.Length > 1 ? int.Parse(args[1]) : 10_000 };
    bench.Setup();
    var methods = new (string Name, Func<int> Run, int Repeats)[]
    {
        ("Hand-written, all conditions", bench.HandWrittenAll, 20),
        ("Hand-written, short-circuit", bench.HandWrittenShortCircuit, 20),
        ("Hand-written over kept snapshots", bench.HandWrittenOverSnapshots, 20),
        ("Engine over kept snapshots", bench.EngineEvaluateSnapshots, 20),
        ("Engine over kept snapshots, all cores", bench.EngineEvaluateSnapshotsAllCores, 20),
        ("Engine: verdict pass (Evaluate)", bench.EngineEvaluate, 20),
        ("Engine: verdict pass, all cores", bench.EngineEvaluateAllCores, 20),
        ("Engine: verdict counts (Tally)", bench.EngineTally, 20),
        ("Engine: full explanations (Match)", bench.EngineMatch, 3),
        ("RulesEngine, same semantics", bench.RulesEngineSame, 2),
        ("RulesEngine, tuned", bench.RulesEngineTuned, 2),
        ("RulesEngine, tuned, all cores", bench.RulesEngineTunedAllCores, 2),
        ("RulesEngine, tuned, input in timing", bench.RulesEngineTunedWithInput, 2),
        ("RulesEngine, fail rules only", bench.RulesEngineFailOnly, 2),
    };
    var scale = int.TryParse(Environment.GetEnvironmentVariable("QUICK_REPEAT"), out var r) ? r : 1;
    // QUICK_ONLY=snapshot runs only the methods whose name contains that word, while tuning one path.
    var only = Environment.GetEnvironmentVariable("QUICK_ONLY");
    foreach (var (name, run, baseRepeats) in methods.Where(m => only is null || m.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
    {
        var repeats = baseRepeats * scale;
        for (var i = 0; i < repeats; i++) { run(); }
        var best = double.MaxValue;
        long bytes = 0;
        for (var i = 0; i < repeats; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            run();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Console.WriteLine($"{name,-36} {bench.ProjectCount / best,14:#,0} evals/s  {bytes / (double)bench.ProjectCount,10:#,0.0} B/eval");
    }
    return 0;
}

var config = DefaultConfig.Instance
    .AddColumn(new PerEvaluationColumn(allocation: false), new PerEvaluationColumn(allocation: true))
    .WithOptions(ConfigOptions.JoinSummary);
var rest = args;
if (args.Contains("--short"))
{
    config = config.AddJob(Job.ShortRun);
    rest = args.Where(a => a != "--short").ToArray();
}
BenchmarkSwitcher.FromAssembly(typeof(MatchingBenchmarks).Assembly).Run(rest, config);
return 0;
