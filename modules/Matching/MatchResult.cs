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
    string? Error);

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
    string? SourceNote = null);

public sealed record MissingFact(string Key, string Label);

public sealed record MissingMaterial(string Id, string Name, string Evidence);
