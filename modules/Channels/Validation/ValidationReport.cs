using System.Text;

namespace Reserve.Channels.Validation;

/// <summary>The outcome of one check: passed, failed with its problems, or not run because an earlier one failed.</summary>
public sealed record CheckOutcome(string Name, CheckState State, IReadOnlyList<string> Problems, string? Detail = null)
{
    public static CheckOutcome Pass(string name, string? detail = null) => new(name, CheckState.Passed, [], detail);

    public static CheckOutcome Of(string name, IReadOnlyList<string> problems, string? detail = null) =>
        new(name, problems.Count == 0 ? CheckState.Passed : CheckState.Failed, problems, detail);

    public static CheckOutcome Skipped(string name, string reason) => new(name, CheckState.Skipped, [], reason);
}

public enum CheckState
{
    Passed,
    Failed,
    Skipped,
}

/// <summary>Everything <c>plugins validate</c> found about one plugin folder, with the Chinese text people read.</summary>
public sealed record ValidationReport(string Folder, string? PluginId, string? Version, IReadOnlyList<CheckOutcome> Checks)
{
    /// <summary>True only when every check ran and passed: a skipped check means something before it failed.</summary>
    public bool Succeeded => Checks.Count > 0 && Checks.All(c => c.State == CheckState.Passed);

    public IEnumerable<string> Problems => Checks.SelectMany(c => c.Problems.Select(p => $"{c.Name}：{p}"));

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine($"插件校验：{Folder}");
        if (PluginId is not null)
        {
            text.AppendLine($"插件 {PluginId} 版本 {Version}");
        }
        foreach (var check in Checks)
        {
            var mark = check.State switch { CheckState.Passed => "✓", CheckState.Failed => "✗", _ => "－" };
            var detail = check.Detail is null ? "" : "（" + check.Detail + "）";
            text.AppendLine($"{mark} {check.Name}{(check.State == CheckState.Skipped ? "：未检查" : "")}{detail}");
            foreach (var problem in check.Problems)
            {
                text.AppendLine("    " + problem);
            }
        }
        var failed = Checks.Count(c => c.State == CheckState.Failed);
        text.AppendLine(Succeeded ? "结论：校验通过，可以放入插件目录。" : $"结论：校验未通过（{failed} 项不合格），请按上面的说明修改后重试。");
        return text.ToString();
    }
}
