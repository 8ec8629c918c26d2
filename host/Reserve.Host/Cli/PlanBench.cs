using System.Diagnostics;
using System.Globalization;
using Reserve.Channels;
using Reserve.Host.Composition;
using Reserve.Matching;
using Reserve.Planning;
using Reserve.Demo.Projects;
using Reserve.Sdk.Formatting;

namespace Reserve.Host.Cli;

/// <summary>
/// <c>bench --plan [--count N] [--as-of yyyy-MM-dd] [--repeat R] [--near-misses M]</c>: the planner over N demo
/// projects (fixed seed) and every active channel. Quotas are made to bind: each channel gets 30% of what an
/// unlimited plan would put in it. Each configuration (符合 only; with 待补充信息) runs once untimed and then R
/// times; every run prints the wall time of matching and of solving, the solver's status, objective and bound,
/// and what greedy-by-amount gets under the same limits. Near-misses are timed over the first M projects.
/// </summary>
internal static class PlanBench
{
    public static int Run(Arguments args, ChannelCatalog catalog, TextWriter output, TextWriter error)
    {
        if (!TryInt(args, "count", 10_000, error, out var count) || !TryInt(args, "repeat", 3, error, out var repeat)
            || !TryInt(args, "near-misses", 200, error, out var nearMisses))
        {
            return 2;
        }
        var asOf = DemoProjects.DefaultAsOf;
        if (args.Option("as-of") is { } asOfText && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            error.WriteLine($"--as-of“{asOfText}”不是 yyyy-MM-dd 日期");
            return 2;
        }
        var planner = new FundingPlanner(new MatchEngine(catalog));
        var projects = DemoProjects.Generate(count, DemoProjectOptions.For(catalog));
        output.WriteLine($"方案基准：{count} 个演示项目 × {catalog.Channels.Count} 个渠道，测算日期 {asOf:yyyy-MM-dd}，{Environment.ProcessorCount} 核，.NET {Environment.Version}");

        foreach (var withPending in new[] { false, true })
        {
            var open = new PlanRequest(asOf, new Dictionary<string, decimal>()) { IncludeNeedsInformation = withPending, FindNearMisses = false };
            var unlimited = planner.Plan(projects, open);
            var quotas = unlimited.Channels.Where(c => c.Allocated > 0).ToDictionary(c => c.ChannelId, c => decimal.Round(c.Allocated * 0.3m, 2));
            var request = open with { Quotas = quotas };
            output.WriteLine($"{(withPending ? "含待补充信息" : "仅符合")}：不限额度时安排 {ZhFormat.Wan(unlimited.Total)}；额度取其 30%（{quotas.Count} 个渠道）");
            planner.Plan(projects, request); // untimed: JIT and the native library warm
            for (var run = 1; run <= repeat; run++)
            {
                var watch = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var plan = planner.Plan(projects, request);
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                var s = plan.Statistics;
                var gain = plan.Total - s.GreedyTotal;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  第{run}次：共 {watch.Elapsed.TotalSeconds:0.00} 秒，进程 CPU {cpuSeconds:0.00} 秒（匹配与测算 {s.MatchSeconds:0.00} 秒，求解 {s.SolveSeconds:0.00} 秒），候选 {s.Candidates} 对，{PlanWorkbook.StatusText(plan.Status)}，目标 {plan.ObjectiveValue:0.##}，上界 {plan.Bound:0.##}，按金额贪心 {s.GreedyTotal:0.##}（最优多 {gain:0.##} 万元，{(s.GreedyTotal > 0 ? gain / s.GreedyTotal * 100m : 0m):0.###}%）"));
            }
        }

        if (nearMisses > 0)
        {
            var sample = projects.Take(nearMisses).ToList();
            var watch = Stopwatch.StartNew();
            var found = new NearMissFinder(planner.Engine).Find(planner.Engine.Evaluate(sample, asOf));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"怎样才能符合：前 {sample.Count} 个项目 {watch.Elapsed.TotalSeconds:0.00} 秒，找到并复核 {found.Count} 条（涉及 {found.Select(n => (n.ProjectId, n.ChannelId)).Distinct().Count()} 个项目×渠道）"));
        }
        return 0;
    }

    private static bool TryInt(Arguments args, string name, int fallback, TextWriter error, out int value)
    {
        value = fallback;
        if (args.Option(name) is { } text && (!int.TryParse(text, out value) || value < 0))
        {
            error.WriteLine($"--{name}“{text}”应为非负整数");
            return false;
        }
        return true;
    }
}
