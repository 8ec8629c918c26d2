using Reserve.Channels;
using Reserve.Channels.Validation;

namespace Reserve.Matching.Golden;

/// <summary>Validation: every golden case of the plugin runs through the real engine and passes.</summary>
public sealed class GoldenCaseCheck : IPluginCheck
{
    public string Name => "核对用例";

    public IReadOnlyList<string> Run(LoadedPlugin plugin) => ProblemsOf(GoldenCaseRunner.Run(plugin));

    /// <summary>Every failure of a golden-case run in Chinese (a plugin without cases fails too); empty when it passes.</summary>
    public static IReadOnlyList<string> ProblemsOf(GoldenReport report)
    {
        var problems = report.Problems.ToList();
        if (report.Cases.Count == 0 && problems.Count == 0)
        {
            problems.Add("插件没有核对用例");
        }
        foreach (var failed in report.Cases.Where(c => !c.Passed))
        {
            problems.Add($"[{failed.ChannelId}] {failed.File}#{failed.Index} {failed.Name}：{string.Join("；", failed.Differences)}");
        }
        return problems;
    }
}
