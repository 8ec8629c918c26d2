using Reserve.Channels;
using Reserve.Channels.Validation;

namespace Reserve.Matching.Golden;

/// <summary>Validation: every golden case of the plugin runs through the real engine and passes.</summary>
public sealed class GoldenCaseCheck : IPluginCheck
{
    public string Name => "黄金用例";

    public IReadOnlyList<string> Run(LoadedPlugin plugin)
    {
        var report = GoldenCaseRunner.Run(plugin);
        var problems = report.Problems.ToList();
        if (report.Cases.Count == 0 && problems.Count == 0)
        {
            problems.Add("插件没有黄金用例");
        }
        foreach (var failed in report.Cases.Where(c => !c.Passed))
        {
            problems.Add($"[{failed.ChannelId}] {failed.File}#{failed.Index} {failed.Name}：{string.Join("；", failed.Differences)}");
        }
        return problems;
    }
}
