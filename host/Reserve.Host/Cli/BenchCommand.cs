using System.Diagnostics;
using System.Globalization;
using Reserve.Channels;
using Reserve.Host.Composition;
using Reserve.Matching;
using Reserve.Demo.Projects;
using Reserve.Projects.Validation;

namespace Reserve.Host.Cli;

/// <summary>
/// <c>bench [--count N] [--as-of yyyy-MM-dd] [--repeat R] [--rules]</c>: times each stage over N demo projects
/// (fixed seed) against every active channel, in this process: generation, validation, the verdict pass (every
/// rule's verdict kept, so any result can be explained) on one thread and on every core, and full explanations.
/// The verdict passes run once untimed (so the JIT has finished tiering) and then R times (default 3); the best
/// is printed. Figures are wall time and bytes allocated by all threads; run it on an idle machine.
/// </summary>
internal static class BenchCommand
{
    public static int Run(Arguments args, ChannelCatalog catalog, TextWriter output, TextWriter error)
    {
        var count = 10_000;
        if (args.Option("count") is { } countText && (!int.TryParse(countText, out count) || count < 1))
        {
            error.WriteLine($"--count“{countText}”应为正整数");
            return 2;
        }
        var asOf = new DateOnly(2025, 9, 10);
        if (args.Option("as-of") is { } asOfText && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            error.WriteLine($"--as-of“{asOfText}”不是 yyyy-MM-dd 日期");
            return 2;
        }
        var repeat = 3;
        if (args.Option("repeat") is { } repeatText && (!int.TryParse(repeatText, out repeat) || repeat < 1))
        {
            error.WriteLine($"--repeat“{repeatText}”应为正整数");
            return 2;
        }
        var engine = new MatchEngine(catalog);
        var evaluations = (long)count * catalog.Channels.Count;
        output.WriteLine($"基准：{count} 个演示项目 × {catalog.Channels.Count} 个渠道 = {evaluations} 次评估，匹配日期 {asOf:yyyy-MM-dd}，{Environment.ProcessorCount} 核，.NET {Environment.Version}");

        var projects = Measure(output, "生成演示项目", count, () => DemoProjects.Generate(count, DemoProjectOptions.For(catalog)));
        Measure(output, "逐条校验", count, () => projects.Sum(p => ProjectValidator.Validate(p, 1, catalog.ChannelFacts).Count));
        // One untimed pass of each, so that the JIT has tiered the rules up before anything is timed.
        engine.Evaluate(projects, asOf);
        engine.Evaluate(projects, asOf, Environment.ProcessorCount);
        foreach (var p in projects.Take(2_000)) { engine.Match(p, asOf); }
        MeasureBest(output, "只判结论（保留每条规则结论，可随时生成说明），1 个线程", evaluations, repeat, () => engine.Evaluate(projects, asOf));
        var batch = MeasureBest(output, $"只判结论，{Environment.ProcessorCount} 个线程", evaluations, repeat, () => engine.Evaluate(projects, asOf, Environment.ProcessorCount));
        output.WriteLine($"  结论：{Describe(batch.Counts())}");
        Measure(output, "完整说明（逐条理由、缺项、测算），1 个线程", evaluations, () => projects.Sum(p => engine.Match(p, asOf).Count));
        if (args.Has("rules"))
        {
            WriteRuleCosts(catalog, projects, asOf, output);
        }
        return 0;
    }

    /// <summary>The ten rules that cost most, so a slow plugin rule can be found and fixed.</summary>
    private static void WriteRuleCosts(ChannelCatalog catalog, IReadOnlyList<Reserve.Sdk.Projects.ProjectRecord> projects, DateOnly asOf, TextWriter output)
    {
        var context = new Reserve.Sdk.Rules.RuleContext(asOf);
        // Rules read snapshots in a match pass; taken once here, so each rule's time is its own.
        var snapshots = projects.Select(Reserve.Sdk.Projects.ProjectSnapshot.Of).ToArray();
        var costs = new List<(string Rule, double Nanoseconds)>();
        foreach (var channel in catalog.Channels)
        {
            foreach (var rule in channel.Definition.Rules)
            {
                // Best of two passes: the first may run a rule (and this loop) for the first time, or fill a plugin's
                // per-record cache, which is not what the rule costs in a pass.
                var best = double.MaxValue;
                for (var pass = 0; pass < 2; pass++)
                {
                    var watch = Stopwatch.StartNew();
                    foreach (var project in snapshots)
                    {
                        context.ResetMissing();
                        try
                        {
                            rule.Evaluate(project, context);
                        }
                        catch (Exception)
                        {
                            // Counted in the time: a throwing rule is a cost too.
                        }
                    }
                    best = Math.Min(best, watch.Elapsed.TotalNanoseconds / projects.Count);
                }
                costs.Add(($"{channel.Id}/{rule.Id}", best));
            }
        }
        output.WriteLine("  最耗时的规则（纳秒/次）：");
        foreach (var (rule, ns) in costs.OrderByDescending(c => c.Nanoseconds).Take(10))
        {
            output.WriteLine($"    {ns,10:#,0}  {rule}");
        }
    }

    private static T Measure<T>(TextWriter output, string stage, long units, Func<T> work) => MeasureBest(output, stage, units, 1, work);

    /// <summary>Runs the work <paramref name="repeat"/> times and prints the fastest run, with what it allocated on every thread.</summary>
    private static T MeasureBest<T>(TextWriter output, string stage, long units, int repeat, Func<T> work)
    {
        var best = TimeSpan.MaxValue;
        long allocated = 0;
        T result = default!;
        for (var i = 0; i < repeat; i++)
        {
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            result = work();
            watch.Stop();
            if (watch.Elapsed < best)
            {
                best = watch.Elapsed;
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            }
        }
        var runs = repeat > 1 ? $"（{repeat} 次中最快）" : "";
        output.WriteLine($"  {stage}：{best.TotalMilliseconds:0.0} 毫秒{runs}，{units / best.TotalSeconds:#,0} 次/秒，分配 {allocated / (double)units:#,0} 字节/次");
        return result;
    }

    private static string Describe(IReadOnlyDictionary<string, VerdictCounts> counts) =>
        $"符合 {counts.Values.Sum(c => c.Eligible)}，不符合 {counts.Values.Sum(c => c.Ineligible)}，待补充信息 {counts.Values.Sum(c => c.NeedsInformation)}，待核实 {counts.Values.Sum(c => c.Unconfirmed)}，出错 {counts.Values.Sum(c => c.Errors)}";
}
