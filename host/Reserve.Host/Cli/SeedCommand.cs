using System.Diagnostics;
using Reserve.Demo.Projects;
using Reserve.Projects.Interchange;

namespace Reserve.Host.Cli;

/// <summary>
/// <c>seed [--count N] [--out FILE.json|FILE.xlsx]</c>: demo projects (fixed seed) into the database, or into
/// a file of the interchange format for <c>match</c>.
/// </summary>
internal static class SeedCommand
{
    public static async Task<int> RunAsync(Arguments args, Func<ReserveDemo> demo, Reserve.Channels.ChannelCatalog catalog, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var count = 600;
        if (args.Option("count") is { } countText && (!int.TryParse(countText, out count) || count is < 1 or > 1_000_000))
        {
            error.WriteLine($"--count“{countText}”应为 1 到 1000000 的整数");
            return 2;
        }
        if (args.Option("out") is { } path)
        {
            var projects = DemoProjects.Generate(count, DemoProjectOptions.For(catalog));
            await using var stream = File.Create(path);
            if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                ProjectExport.WriteXlsx(stream, projects, catalog.ChannelFacts);
            }
            else
            {
                ProjectExport.WriteJson(stream, projects);
            }
            output.WriteLine($"已写入 {count} 个演示项目到 {path}");
            return 0;
        }
        var watch = Stopwatch.StartNew();
        var stored = await demo().SeedAsync(count, cancellationToken);
        output.WriteLine($"已生成并入库 {stored} 个演示项目（含匹配结果），用时 {watch.Elapsed.TotalSeconds:0.0} 秒。");
        return 0;
    }
}
