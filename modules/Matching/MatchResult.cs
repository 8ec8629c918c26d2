using Reserve.Sdk.Rules;

namespace Reserve.Matching;

/// <summary>
/// One project against one channel, fully explained: every rule's outcome with its message and source,
/// the missing facts and materials, the score, the estimate, and the plugin that decided it.
/// </summary>
public sealed record MatchResult(
    string ProjectId,
    string ProjectName,
    string ChannelId,
    string ChannelName,
    string PluginId,
    string PluginVersion,
    DateOnly AsOf,
    MatchVerdict Verdict,
    decimal Score,
    decimal? EstimatedAmount,
    string? EstimateBasis,
    IReadOnlyList<RuleOutcome> Rules,
    IReadOnlyList<MissingFact> MissingFacts,
    IReadOnlyList<MissingMaterial> MissingMaterials,
    string? Error)
{
    /// <summary>When the project can apply: the window open now, or its next opening; never a reason for 不符合.</summary>
    public TimingAnswer? Timing { get; init; }

    /// <summary>What must be done before applying (stage-aware requirements and missing materials), each with its date.</summary>
    public IReadOnlyList<ReadinessItem> Readiness { get; init; } = [];
}

/// <summary>One thing to do before applying, and the date it is needed by (null: before the application, no window known).</summary>
public sealed record ReadinessItem(string Id, string Title, string Message, DateOnly? NeededBy, string SourceCitation);

/// <summary>One rule's outcome as shown to people.</summary>
public sealed record RuleOutcome(
    string RuleId,
    string Title,
    RuleKind Kind,
    RuleVerdict Verdict,
    string Message,
    string SourceCitation,
    Confidence Confidence,
    string? SourceUrl,
    IReadOnlyList<string> MissingFacts,
    string? SourceNote = null,
    bool AppliedByInference = false)
{
    /// <summary>An objection of this rule reads 待核实, never 不符合 (source 未核实, or applied by inference).</summary>
    public bool NeedsVerification => Confidence == Confidence.Unverified || AppliedByInference;

    /// <summary>This rule makes the project 不符合: a deciding rule that fails and needs no verification.</summary>
    public bool Disqualifies => Verdict == RuleVerdict.Fail && Kind is RuleKind.HardCondition or RuleKind.Exclusion && !NeedsVerification;
}

public sealed record MissingFact(string Key, string Label);

public sealed record MissingMaterial(string Id, string Name, string Evidence);
