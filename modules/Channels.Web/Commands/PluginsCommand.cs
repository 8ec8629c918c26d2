using Reserve.WebKit.Commands;
using Reserve.Channels;
using Reserve.Channels.Web;
using Reserve.Matching.Golden;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Channels.Web.Commands;

/// <summary><c>plugins list</c>, <c>plugins test [folder]</c> and <c>plugins validate folder</c>.</summary>
internal static class PluginsCommand
{
    /// <summary>Every check a plugin folder must pass before the host takes it in; 0 when all pass, else 1.</summary>
    public static int Validate(string folder, string sharedTemplatesFolder, TextWriter output)
    {
        var report = PluginValidation.Validator(sharedTemplatesFolder).Validate(folder);
        output.Write(report.ToText());
        return report.Succeeded ? 0 : 1;
    }

    public static int List(ChannelCatalog catalog, TextWriter output)
    {
        output.WriteLine($"插件目录：{catalog.Directory}");
        var table = new TextTable("插件", "版本", "状态", "渠道", "规则（有出处/通行/未核实）", "说明");
        foreach (var plugin in catalog.Plugins)
        {
            var rules = plugin.Channels.SelectMany(c => c.Rules).ToList();
            var counts = rules.Count == 0 ? "" :
                $"{rules.Count}（{rules.Count(r => r.Source.Confidence == Confidence.Sourced)}/{rules.Count(r => r.Source.Confidence == Confidence.CommonlyKnown)}/{rules.Count(r => r.Source.Confidence == Confidence.Unverified)}）";
            table.Add(
                plugin.Id,
                plugin.Version,
                ZhNames<PluginStatus>.Of(plugin.Status),
                string.Join("、", plugin.Channels.Select(c => c.Id)),
                counts,
                plugin.Fault ?? plugin.Manifest?.Name ?? "");
        }
        output.Write(table);
        output.WriteLine($"共 {catalog.Plugins.Count} 个插件，{catalog.Plugins.Count(p => p.Status == PluginStatus.Active)} 个已启用，{catalog.Channels.Count} 个渠道。");
        return 0;
    }

    public static int Test(ChannelCatalog catalog, TextWriter output)
    {
        var passed = 0;
        var failed = 0;
        var broken = 0;
        foreach (var plugin in catalog.Plugins)
        {
            var report = GoldenCaseRunner.Run(plugin);
            output.WriteLine($"== {plugin.Id} {plugin.Version}（{Path.GetFileName(plugin.Folder)}）");
            foreach (var problem in report.Problems)
            {
                output.WriteLine($"  ✗ {problem}");
            }
            foreach (var c in report.Cases)
            {
                output.WriteLine($"  {(c.Passed ? "✓" : "✗")} [{c.ChannelId}] {c.File}#{c.Index} {c.Name}");
                foreach (var difference in c.Differences)
                {
                    output.WriteLine($"      {difference}");
                }
            }
            output.WriteLine($"  {report.Passed} 通过，{report.Failed} 失败");
            passed += report.Passed;
            failed += report.Failed;
            broken += report.Succeeded ? 0 : 1;
        }
        output.WriteLine($"核对用例：{passed} passed, {failed} failed；{catalog.Plugins.Count - broken}/{catalog.Plugins.Count} 个插件全部通过");
        return broken == 0 && catalog.Plugins.Count > 0 ? 0 : 1;
    }
}
