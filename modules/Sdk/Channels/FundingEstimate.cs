using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Channels;

/// <summary>What a channel could give a project, in 万元, with the arithmetic in Chinese.</summary>
public sealed record FundingEstimate(decimal Amount, string Basis);

/// <summary>Estimates the amount; returns null when the facts it needs are missing.</summary>
public delegate FundingEstimate? FundingEstimator(ProjectRecord project, RuleContext context);
