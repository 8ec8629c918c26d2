using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching.Flips;

/// <summary>
/// What activating a candidate plugin version would change over the whole reserve: per channel, how many
/// projects move from one verdict to another (符合 → 不符合 …), and each project that moves with the rules
/// whose outcome changed (the rules responsible). A channel new in the candidate moves from 无 (no verdict);
/// one the candidate drops moves to 无.
/// </summary>
public sealed record FlipReport(
    string PluginId,
    string? ActiveVersion,
    string CandidateVersion,
    DateOnly AsOf,
    int Projects,
    IReadOnlyList<VerdictFlipCount> Counts,
    IReadOnlyList<ProjectFlip> Changes)
{
    public const string NoVerdict = "无";

    /// <summary>The plugin as people know it (its manifest's name); its id when the manifest names none.</summary>
    public string? PluginName { get; init; }

    public string PluginTitle => PluginName ?? PluginId;

    /// <summary>Projects × channels whose verdict changes.</summary>
    public int ChangedResults => Counts.Sum(c => c.Count);

    /// <summary>A channel's Chinese name as the counts carry it (every listed change is counted); its id if unknown.</summary>
    public string ChannelName(string channelId) => Counts.FirstOrDefault(c => c.ChannelId == channelId)?.ChannelName ?? channelId;

    /// <summary>The counts per channel in words, as the audit log keeps them: "城镇老旧小区改造 符合 → 不符合 2；…".</summary>
    public string CountsInWords() => string.Join("；", Counts.Select(c => $"{c.ChannelName} {c.Transition} {c.Count}"));

    public static string Text(MatchVerdict? verdict) => verdict is { } v ? ZhNames<MatchVerdict>.Of(v) : NoVerdict;
}

/// <summary>How many projects of one channel move from one verdict to another.</summary>
public sealed record VerdictFlipCount(string ChannelId, string ChannelName, MatchVerdict? From, MatchVerdict? To, int Count)
{
    public string Transition => $"{FlipReport.Text(From)} → {FlipReport.Text(To)}";
}

/// <summary>One project whose verdict on one channel changes, and the rules whose outcome changed with it.</summary>
public sealed record ProjectFlip(string ProjectId, string ProjectName, string ChannelId, MatchVerdict? From, MatchVerdict? To, IReadOnlyList<RuleFlip> Rules)
{
    public string Transition => $"{FlipReport.Text(From)} → {FlipReport.Text(To)}";
}

/// <summary>A rule whose outcome differs between the versions (null: the rule is not in that version).</summary>
public sealed record RuleFlip(string RuleId, string Title, RuleVerdict? From, RuleVerdict? To)
{
    public override string ToString() =>
        $"{RuleId} {Title}：{(From is { } f ? ZhNames<RuleVerdict>.Of(f) : "无此规则")} → {(To is { } t ? ZhNames<RuleVerdict>.Of(t) : "无此规则")}";
}
