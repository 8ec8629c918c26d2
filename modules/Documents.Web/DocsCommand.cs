using Reserve.Documents.Web.Jobs;
using System.Globalization;
using Reserve.WebKit.Commands;
using Reserve.Documents;
using Reserve.Rendering;

namespace Reserve.Documents.Web;

/// <summary>
/// <c>docs render --project ID --channel ID [--template ID] [--final] [--format docx|html|md] [--out FILE] [--as-of]</c>,
/// <c>docs batch [--project ID,ID] [--channel ID] [--final] [--html] [--summary] [--out FILE.zip]</c> and
/// <c>docs summary [--project ID,ID] [--out FILE.xlsx]</c>, over the projects in the reserve, and
/// <c>docs package [--year YYYY] [--out FILE.zip]</c>, the package for 报市政府审定 of the accepted projects.
/// </summary>
internal static class DocsCommand
{
    public static async Task<int> RunAsync(Arguments args, DocumentService documents, PackageService packages, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        DateOnly? asOf = null;
        if (args.Option("as-of") is { } asOfText)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error.WriteLine($"--as-of“{asOfText}”不是 yyyy-MM-dd 日期");
                return 2;
            }
            asOf = date;
        }
        var mode = args.Has("final") ? DocumentMode.Final : DocumentMode.Draft;
        var projects = (args.Option("project") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return args.Positional.ElementAtOrDefault(1) switch
        {
            "render" => await RenderAsync(args, documents, projects, mode, asOf, output, error, cancellationToken),
            "batch" => await BatchAsync(args, documents, projects, mode, asOf, output, error, cancellationToken),
            "summary" => await SummaryAsync(args, documents, projects, asOf, output, cancellationToken),
            "package" => await PackageAsync(args, packages, output, error, cancellationToken),
            _ => Usage(error),
        };
    }

    private static async Task<int> RenderAsync(Arguments args, DocumentService documents, string[] projects, DocumentMode mode, DateOnly? asOf, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (projects.Length != 1 || args.Option("channel") is not { } channel)
        {
            return Usage(error);
        }
        var (request, problem) = await documents.RequestAsync(projects[0], channel, args.Option("template"), mode, asOf, cancellationToken);
        if (request is null)
        {
            error.WriteLine(problem);
            return 2;
        }
        var result = documents.Renderer.Render(request, cancellationToken);
        if (!result.Succeeded)
        {
            error.WriteLine(result.MissingFields.Count > 0
                ? $"正式文书缺少 {result.MissingFields.Count} 项内容，未生成：{string.Join("、", result.MissingFields)}"
                : "文书未生成：");
            foreach (var p in result.Problems)
            {
                error.WriteLine("  " + p);
            }
            return 1;
        }
        var format = (args.Option("format") ?? "docx").ToLowerInvariant();
        var path = args.Option("out") ?? $"{request.Project.Id}-{request.Channel.Id}-{request.Template.Id}.{format}";
        await using (var stream = File.Create(path))
        {
            switch (format)
            {
                case "docx":
                    DocxWriter.Write(result.Markdown!, result.Stamp!, stream);
                    break;
                case "html":
                    await using (var writer = new StreamWriter(stream))
                    {
                        await writer.WriteAsync(HtmlWriter.Write(result.Markdown!, result.Stamp!.Title, mode));
                    }
                    break;
                default:
                    await using (var writer = new StreamWriter(stream))
                    {
                        await writer.WriteAsync(result.Markdown);
                    }
                    break;
            }
        }
        output.WriteLine($"已生成{(mode == DocumentMode.Final ? "正式" : "草稿")}文书 {path}（{result.Stamp!.Title}，插件 {result.Stamp.PluginId} {result.Stamp.PluginVersion}）");
        if (result.MissingFields.Count > 0)
        {
            output.WriteLine($"待补充 {result.MissingFields.Count} 项：{string.Join("、", result.MissingFields)}");
        }
        return 0;
    }

    private static async Task<int> BatchAsync(Arguments args, DocumentService documents, string[] projects, DocumentMode mode, DateOnly? asOf, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var requests = await documents.BatchAsync(projects, args.Option("channel"), mode, asOf, cancellationToken);
        if (requests.Count == 0)
        {
            error.WriteLine("没有可生成的文书（项目或带模板的渠道为空）");
            return 2;
        }
        var summary = args.Has("summary") ? await documents.SummaryAsync(projects, asOf, cancellationToken) : null;
        var path = args.Option("out") ?? "申报材料.zip";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        BatchResult result;
        await using (var stream = File.Create(path))
        {
            result = DocumentsModule.CreateBatch().WriteZip(requests, stream, args.Has("html"), summary);
        }
        output.WriteLine($"已写入 {path}：{result.Files.Count} 个文件（含 manifest.json 所列），{result.Failures.Count} 份未生成，用时 {watch.Elapsed.TotalSeconds:0.0} 秒");
        foreach (var failure in result.Failures.Take(20))
        {
            output.WriteLine($"  {failure.ProjectId} {failure.ChannelId}/{failure.TemplateId}：{string.Join("；", failure.Problems.Concat(failure.MissingFields.Count > 0 ? [$"缺少 {string.Join("、", failure.MissingFields)}"] : []))}");
        }
        return 0;
    }

    private static async Task<int> SummaryAsync(Arguments args, DocumentService documents, string[] projects, DateOnly? asOf, TextWriter output, CancellationToken cancellationToken)
    {
        var input = await documents.SummaryAsync(projects, asOf, cancellationToken);
        var path = args.Option("out") ?? input.FileName;
        await using (var stream = File.Create(path))
        {
            SummaryTableWriter.Write(input.Projects, input.Results, stream);
        }
        output.WriteLine($"已写入汇总表 {path}：{input.Projects.Count} 个项目");
        return 0;
    }

    private static async Task<int> PackageAsync(Arguments args, PackageService packages, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        int? year = null;
        if (args.Option("year") is { } yearText)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 2000 or > 2100)
            {
                error.WriteLine($"--year“{yearText}”应为 2000 到 2100 之间的年份");
                return 2;
            }
            year = parsed;
        }
        var (zip, fileName, result) = await packages.BuildAsync(year, cancellationToken);
        if (zip is null)
        {
            foreach (var problem in result.Problems)
            {
                error.WriteLine(problem);
            }
            return 1;
        }
        var path = args.Option("out") ?? fileName;
        await File.WriteAllBytesAsync(path, zip, cancellationToken);
        output.WriteLine($"已写入报市政府审定材料 {path}：{result.Entries.Count} 个文件（另有 manifest.json）");
        foreach (var entry in result.Entries)
        {
            output.WriteLine($"  {entry.Path}（{entry.Bytes:#,0} 字节）");
        }
        return 0;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("""
            用法：docs render --project 储备编号 --channel 渠道 [--template 模板] [--final] [--format docx|html|md] [--out 文件] [--as-of 日期]
                  docs batch [--project 编号,编号] [--channel 渠道] [--final] [--html] [--summary] [--out 文件.zip] [--as-of 日期]
                  docs summary [--project 编号,编号] [--out 汇总表.xlsx] [--as-of 日期]
                  docs package [--year 年度] [--out 文件.zip]
            """);
        return 2;
    }
}
