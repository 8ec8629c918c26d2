using Reserve.Channels;
using Reserve.Projects;
using Reserve.Projects.Interchange;
using Reserve.WebKit.Commands;

namespace Reserve.Projects.Web.Commands;

/// <summary>
/// <c>import FILE [--valid-only]</c>: stores the projects of a JSON or XLSX file. By default a file with any
/// bad row stores nothing; with --valid-only the valid rows are stored and the bad ones listed.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(Arguments args, ChannelCatalog catalog, IProjectReserve reserve, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Positional.Count < 2 || !File.Exists(args.Positional[1]))
        {
            error.WriteLine(args.Positional.Count < 2 ? "用法：import 文件.json|文件.xlsx [--valid-only]" : $"找不到文件：{args.Positional[1]}");
            return 2;
        }
        var read = ProjectFiles.Read(args.Positional[1], catalog.ChannelFacts, KnownChannels.Of(catalog));
        foreach (var problem in read.Problems)
        {
            error.WriteLine("  " + read.Describe(problem));
        }
        if (read.Problems.Count > 0 && !args.Has("valid-only"))
        {
            error.WriteLine($"文件有 {read.Problems.Count} 处问题，未导入任何项目（加 --valid-only 只导入无问题的行）。");
            return 2;
        }
        var outcome = await reserve.ImportAsync(read.Records, "命令行导入", cancellationToken);
        if (!outcome.Succeeded)
        {
            foreach (var problem in outcome.Problems)
            {
                error.WriteLine("  " + ProjectFiles.Describe(problem));
            }
            error.WriteLine("未导入任何项目。");
            return 2;
        }
        output.WriteLine($"已导入：新增 {outcome.Created} 个，更新 {outcome.Updated} 个{(read.Problems.Count > 0 ? $"；有问题的行未导入" : "")}。匹配结果已重新计算。");
        return 0;
    }
}
