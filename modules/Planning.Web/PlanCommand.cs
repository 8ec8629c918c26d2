using Reserve.Projects.Interchange;
using Reserve.WebKit.Commands;
using System.Globalization;
using Reserve.Channels;
using Reserve.Planning;
using Reserve.Projects;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Planning.Web;

/// <summary>
/// <c>plan FILE.json|FILE.xlsx|--reserve --as-of yyyy-MM-dd --quota CHANNEL=万元 … [--objective amount|priority]
/// [--with-pending] [--time-limit 秒] [--out plan.json] [--xlsx plan.xlsx]</c>: the funding plan of a file's projects or of
/// the stored reserve, written as JSON (and XLSX when asked), with a summary on the console. Nothing is stored.
/// </summary>
internal static class PlanCommand
{
    public const string Usage = "用法：plan 文件.json|文件.xlsx|--reserve [--as-of yyyy-MM-dd] --quota 渠道=万元 … [--objective amount|priority] [--with-pending] [--time-limit 秒] [--out plan.json] [--xlsx plan.xlsx]";

    public static async Task<int> RunAsync(Arguments args, ChannelCatalog catalog, FundingPlanner planner, Func<IProjectReserve> reserve, TimeProvider clock, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var file = args.Positional.ElementAtOrDefault(1);
        if (file is null == !args.Has("reserve"))
        {
            error.WriteLine(Usage);
            error.WriteLine("须给出一个项目文件，或 --reserve 表示储备库中的全部项目（二者择一）");
            return 2;
        }
        if (!TryRequest(args, clock, error, out var request))
        {
            return 2;
        }
        if (catalog.Channels.Count == 0)
        {
            error.WriteLine($"没有已启用的资金渠道插件（插件目录：{catalog.Directory}）");
            return 1;
        }

        List<ProjectRecord> projects;
        if (file is not null)
        {
            if (!File.Exists(file))
            {
                error.WriteLine($"找不到文件：{file}");
                return 2;
            }
            var read = ProjectFiles.Read(file, catalog.ChannelFacts);
            if (read.Problems.Count > 0)
            {
                error.WriteLine($"文件 {file} 有 {read.Problems.Count} 处问题，未编制方案：");
                foreach (var problem in read.Problems)
                {
                    error.WriteLine("  " + read.Describe(problem));
                }
                return 2;
            }
            projects = [.. read.Records];
            for (var i = 0; i < projects.Count; i++)
            {
                projects[i].Id ??= $"第{i + 1}条";
            }
        }
        else
        {
            projects = [];
            await foreach (var record in reserve().AllAsync(cancellationToken))
            {
                projects.Add(record);
            }
        }

        FundingPlan plan;
        try
        {
            plan = planner.Plan(projects, request);
        }
        catch (PlanInputException ex)
        {
            error.WriteLine(ex.Message);
            return 2;
        }

        var outPath = args.Option("out") ?? (file is null ? "plan.json" : Path.ChangeExtension(file, ".plan.json"));
        using (var stream = File.Create(outPath))
        {
            PlanJson.Write(plan, stream);
        }
        if (args.Option("xlsx") is { } xlsxPath)
        {
            using var stream = File.Create(xlsxPath);
            PlanWorkbook.Write(plan, stream);
        }
        Report(plan, output);
        output.WriteLine($"方案已写入 {outPath}{(args.Option("xlsx") is { } x ? $"，XLSX 已写入 {x}" : "")}");
        return 0;
    }

    private static bool TryRequest(Arguments args, TimeProvider clock, TextWriter error, out PlanRequest request)
    {
        request = null!;
        var asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (args.Option("as-of") is { } asOfText && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            error.WriteLine($"--as-of“{asOfText}”不是 yyyy-MM-dd 日期");
            return false;
        }
        if (!QuotaText.TryParse(args.Values("quota"), out var quotas, out var problem))
        {
            error.WriteLine(problem);
            return false;
        }
        var objective = PlanObjective.Amount;
        switch (args.Option("objective"))
        {
            case null or "amount": break;
            case "priority": objective = PlanObjective.Priority; break;
            case var other:
                error.WriteLine($"--objective“{other}”应为 amount（资金总额最大）或 priority（优先级加权最大）");
                return false;
        }
        var limit = TimeSpan.FromSeconds(8);
        if (args.Option("time-limit") is { } limitText)
        {
            if (!double.TryParse(limitText, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds is <= 0 or > 3600)
            {
                error.WriteLine($"--time-limit“{limitText}”应为 0 到 3600 之间的秒数");
                return false;
            }
            limit = TimeSpan.FromSeconds(seconds);
        }
        request = new PlanRequest(asOf, quotas)
        {
            Objective = objective,
            IncludeNeedsInformation = args.Has("with-pending"),
            FindNearMisses = !args.Has("no-near-misses"),
            TimeLimit = limit,
        };
        return true;
    }

    private static void Report(FundingPlan plan, TextWriter output)
    {
        output.WriteLine($"测算日期 {plan.AsOf:yyyy-MM-dd}，目标：{ZhNames<PlanObjective>.Of(plan.Objective)}，求解状态：{PlanWorkbook.StatusText(plan.Status)}");
        output.WriteLine($"安排总额 {ZhFormat.Wan(plan.Total)}（目标值 {plan.ObjectiveValue:0.##}，上界 {plan.Bound:0.##}）；按金额从大到小逐个安排为 {ZhFormat.Wan(plan.Statistics.GreedyTotal)}");
        var s = plan.Statistics;
        output.WriteLine($"{s.Projects} 个项目 × {s.Channels} 个渠道，候选 {s.Candidates} 对；匹配 {s.MatchSeconds:0.00} 秒，求解 {s.SolveSeconds:0.00} 秒，怎样才能符合 {s.NearMissSeconds:0.00} 秒");
        output.WriteLine();
        var table = new TextTable("渠道", "额度", "已安排", "项目数");
        foreach (var c in plan.Channels.Where(c => c.Allocated > 0 || c.Quota is not null))
        {
            table.Add(c.ChannelName, c.Quota is { } q ? ZhFormat.Wan(q) : "不限", ZhFormat.Wan(c.Allocated), c.Projects.ToString(CultureInfo.InvariantCulture));
        }
        output.Write(table.ToString());
        output.WriteLine();
        output.WriteLine($"分配 {plan.Allocations.Count} 项；怎样才能符合：{plan.NearMisses.Count} 条（查找了总投资最大的 {s.NearMissProjects} 个尚有渠道未符合的项目，均已由规则引擎复核）");
    }
}
