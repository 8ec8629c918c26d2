using System.Diagnostics;
using System.Globalization;
using Reserve.Channels;
using Reserve.Host.Composition;
using Reserve.Matching;
using Reserve.Projects.DemoData;
using Reserve.Projects.Validation;

namespace Reserve.Host.Cli;

/// <summary>
/// <c>bench [--count N] [--as-of yyyy-MM-dd]</c>: times each stage over N demo projects (fixed seed) against
/// every active channel, in this process: generation, validation, verdicts only, full explanations.
/// Figures are wall time and bytes allocated on this thread; run it on an idle machine.
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
        var engine = new MatchEngine(catalog);
        var evaluations = (long)count * catalog.Channels.Count;
        output.WriteLine($"基准：{count} 个演示项目 × {catalog.Channels.Count} 个渠道 = {evaluations} 次评估，匹配日期 {asOf:yyyy-MM-dd}，{Environment.ProcessorCount} 核，.NET {Environment.Version}");

        var projects = Measure(output, "生成演示项目", count, () => DemoProjects.Generate(count, StartupTasks.DemoOptions(catalog)));
        Measure(output, "逐条校验", count, () => projects.Sum(p => ProjectValidator.Validate(p, 1, catalog.ChannelFacts).Count));
        // Warm up the delegates and the JIT before timing the engine.
        engine.Tally(projects.Take(200), asOf);
        foreach (var p in projects.Take(200)) { engine.Match(p, asOf); }
        Measure(output, "只判结论（不生成说明）", evaluations, () => engine.Tally(projects, asOf));
        Measure(output, "完整说明（逐条理由、缺项、测算）", evaluations, () => projects.Sum(p => engine.Match(p, asOf).Count));
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
        var costs = new List<(string Rule, double Nanoseconds)>();
        foreach (var channel in catalog.Channels)
        {
            foreach (var rule in channel.Definition.Rules)
            {
                var watch = Stopwatch.StartNew();
                foreach (var project in projects)
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
                costs.Add(($"{channel.Id}/{rule.Id}", watch.Elapsed.TotalNanoseconds / projects.Count));
            }
        }
        output.WriteLine("  最耗时的规则（纳秒/次）：");
        foreach (var (rule, ns) in costs.OrderByDescending(c => c.Nanoseconds).Take(10))
        {
            output.WriteLine($"    {ns,10:#,0}  {rule}");
        }
    }

    private static T Measure<T>(TextWriter output, string stage, long units, Func<T> work)
    {
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = work();
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        output.WriteLine($"  {stage}：{watch.Elapsed.TotalMilliseconds:0.0} 毫秒，{units / watch.Elapsed.TotalSeconds:#,0} 次/秒，分配 {allocated / (double)units:#,0} 字节/次");
        return result;
    }
}
