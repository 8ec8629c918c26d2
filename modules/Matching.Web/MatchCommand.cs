using System.Diagnostics;
using System.Globalization;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Projects.Interchange;
using Reserve.WebKit.Commands;

namespace Reserve.Matching.Web;

/// <summary>
/// <c>match FILE [--as-of yyyy-MM-dd] [--out results.json] [--summary]</c>: reads projects from JSON or XLSX,
/// matches each against every active channel, writes the full results as JSON and prints a table.
/// Nothing is stored. A file with bad rows is refused whole, with every problem listed.
/// </summary>
internal static class MatchCommand
{
    public static int Run(Arguments args, ChannelCatalog catalog, TimeProvider clock, TextWriter output, TextWriter error)
    {
        if (args.Positional.Count < 2)
        {
            error.WriteLine("用法：match 文件.json|文件.xlsx [--as-of yyyy-MM-dd] [--out 结果.json] [--summary]");
            return 2;
        }
        var path = args.Positional[1];
        if (!File.Exists(path))
        {
            error.WriteLine($"找不到文件：{path}");
            return 2;
        }
        var asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (args.Option("as-of") is { } asOfText && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            error.WriteLine($"--as-of“{asOfText}”不是 yyyy-MM-dd 日期");
            return 2;
        }
        if (catalog.Channels.Count == 0)
        {
            error.WriteLine($"没有已启用的资金渠道插件（插件目录：{catalog.Directory}）");
            return 1;
        }

        var read = ProjectFiles.Read(path, catalog.ChannelFacts);
        if (read.Problems.Count > 0)
        {
            error.WriteLine($"文件 {path} 有 {read.Problems.Count} 处问题，未进行匹配：");
            foreach (var problem in read.Problems)
            {
                error.WriteLine("  " + read.Describe(problem));
            }
            return 2;
        }

        var engine = new MatchEngine(catalog);
        var watch = Stopwatch.StartNew();
        var results = new List<MatchResult>();
        var index = 0;
        foreach (var project in read.Records)
        {
            index++;
            project.Id ??= $"第{index}条";
            results.AddRange(engine.Match(project, asOf));
        }
        watch.Stop();

        var outPath = args.Option("out") ?? Path.ChangeExtension(path, ".results.json");
        using (var file = File.Create(outPath))
        {
            MatchJson.SerializeTo(file, results, indented: true);
        }
        if (!args.Has("summary"))
        {
            MatchReport.WriteDetail(results, output);
            output.WriteLine();
        }
        MatchReport.WriteSummary(results, output);
        output.WriteLine($"匹配日期 {asOf:yyyy-MM-dd}：{read.Records.Count} 个项目 × {catalog.Channels.Count} 个渠道 = {results.Count} 次评估（含完整说明），用时 {watch.Elapsed.TotalMilliseconds:0.0} 毫秒。");
        output.WriteLine($"完整结果已写入 {outPath}");
        return 0;
    }
}
