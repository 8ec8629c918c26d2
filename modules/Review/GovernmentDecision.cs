using Reserve.Sdk.Projects;

namespace Reserve.Review;

/// <summary>What the city government decided on a year's reserve list.</summary>
public enum GovernmentVerdict
{
    [ZhName("审定通过")] Approved,
    [ZhName("调整")] Adjusted,
}

/// <summary>Where one project stands after the government's decision.</summary>
public enum DecisionEffect
{
    [ZhName("审定通过")] Approved,
    [ZhName("审定时调出")] Removed,
    [ZhName("审定时增列")] Added,
}

/// <summary>
/// The government's decision on a reserve year (one per year; recording it again replaces it): 审定通过 or
/// 调整, the date and 文号 of its reply, the projects it took out of or added to the accepted list.
/// </summary>
public sealed record GovernmentDecision(
    int Year,
    GovernmentVerdict Verdict,
    DateOnly Date,
    string DocNumber,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Added,
    int Approved,
    string? Note,
    string RecordedBy,
    DateTime RecordedAtUtc,
    int Version);

/// <summary>A decision as entered; <see cref="ExpectedVersion"/> is the version the form was read at (null: none recorded yet).</summary>
public sealed record GovernmentDecisionInput(
    int Year,
    GovernmentVerdict Verdict,
    DateOnly Date,
    string? DocNumber,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Added,
    string? Note,
    int? ExpectedVersion);

/// <summary>One project's place in a year's decision.</summary>
public sealed record ProjectDecision(int Year, string ProjectId, DecisionEffect Effect, GovernmentVerdict Verdict, DateOnly Date, string DocNumber);
