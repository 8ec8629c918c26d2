using Reserve.Sdk.Projects;

namespace Reserve.Projects;

/// <summary>The columns of a project that aggregates and dashboards need (amounts in 万元).</summary>
public sealed record ProjectSummary(
    string Id,
    string Name,
    string Department,
    ProjectField? Field,
    ProjectStage? Stage,
    decimal TotalInvestment,
    decimal? AnnualPlan,
    IReadOnlyList<string> Tags);
