using Reserve.WebKit.Commands;
using System.Globalization;
using Reserve.Channels;
using Reserve.Documents;
using Reserve.Sdk.Projects;
using Reserve.Matching.Flips;
using Reserve.Projects;

namespace Reserve.Channels.Web.Commands;

/// <summary>
/// <c>plugins flip FOLDER [--as-of yyyy-MM-dd] [--out report.xlsx]</c>: runs a candidate plugin folder over the whole
/// reserve against the version that serves now, and prints which verdicts would change and why (the flip report).
/// The candidate is loaded on its own; the running catalog is not touched.
/// </summary>
internal static class FlipCommand
{
    private const int ListedInConsole = 50;

    public static async Task<int> RunAsync(Arguments args, ChannelCatalog catalog, IProjectReserve reserve, TimeProvider clock, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Positional.ElementAtOrDefault(2) is not { } folder)
        {
            error.WriteLine("用法：plugins flip 候选插件目录 [--as-of yyyy-MM-dd] [--out 报告.xlsx]");
            return 2;
        }
        var asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (args.Option("as-of") is { } asOfText && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            error.WriteLine($"--as-of“{asOfText}”不是 yyyy-MM-dd 日期");
            return 2;
        }
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"找不到插件目录：{folder}");
            return 1;
        }
        var candidate = ChannelsModule.LoadFolder(folder).Plugins[0];
        if (candidate.Status != PluginStatus.Active)
        {
            error.WriteLine($"候选插件未能加载（{ZhNames<PluginStatus>.Of(candidate.Status)}）：{candidate.Fault}。先运行 plugins validate 查看原因。");
            return 1;
        }
        // The version that serves now as the activation chose it (several may be loaded side by side).
        var active = catalog.Channels.FirstOrDefault(c => c.PluginId == candidate.Id)?.Plugin;
        var builder = new FlipReportBuilder(active, candidate, asOf);
        await foreach (var project in reserve.AllAsync(cancellationToken))
        {
            builder.Add(project);
        }
        var report = builder.Build();
        Print(report, output);
        if (args.Option("out") is { } outPath)
        {
            await using (var file = File.Create(outPath))
            {
                FlipReportWriter.Write(report, file);
            }
            output.WriteLine($"报告已写入 {outPath}");
        }
        return 0;
    }

    private static void Print(FlipReport report, TextWriter output)
    {
        output.WriteLine($"翻转报告：插件 {report.PluginTitle} {report.ActiveVersion ?? "（当前未启用）"} → {report.CandidateVersion}，评估日 {report.AsOf:yyyy-MM-dd}，储备库 {report.Projects} 个项目");
        if (report.Counts.Count == 0)
        {
            output.WriteLine("没有任何项目的结论会改变。");
            return;
        }
        var counts = new TextTable("渠道", "结论变化", "项目数");
        foreach (var c in report.Counts)
        {
            counts.Add(c.ChannelName, c.Transition, c.Count.ToString(CultureInfo.InvariantCulture));
        }
        output.Write(counts);
        output.WriteLine($"共 {report.ChangedResults} 个项目×渠道的结论会改变。");
        var changes = new TextTable("储备编号", "项目", "渠道", "结论变化", "原因（结论改变的规则）");
        foreach (var c in report.Changes.Take(ListedInConsole))
        {
            changes.Add(c.ProjectId, TextTable.Clip(c.ProjectName, 24), report.ChannelName(c.ChannelId), c.Transition, string.Join("；", c.Rules));
        }
        output.Write(changes);
        if (report.Changes.Count > ListedInConsole)
        {
            output.WriteLine($"（只列出前 {ListedInConsole} 个，全部 {report.Changes.Count} 个见 --out 报告）");
        }
    }
}
