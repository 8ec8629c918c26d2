using Reserve.Matching;
using Reserve.Sdk.Rules;

namespace Reserve.Planning.Allocation;

/// <summary>
/// The pairs a plan may use: 符合 ones (and 待补充信息 ones when asked, with their missing facts), each with the
/// channel's estimate and its basis. A pair without an estimate, with a zero one, or whose estimate throws
/// brings no money and is left out.
/// </summary>
internal static class CandidateCollector
{
    public static List<PlanCandidate> Collect(MatchBatch batch, PlanRequest request)
    {
        var context = new RuleContext(batch.AsOf);
        var channels = batch.Channels;
        var result = new List<PlanCandidate>();
        for (var p = 0; p < batch.Projects.Count; p++)
        {
            var project = batch.Projects[p];
            for (var c = 0; c < channels.Count; c++)
            {
                var verdict = batch.Verdict(p, c);
                if (verdict != MatchVerdict.Eligible && !(verdict == MatchVerdict.NeedsInformation && request.IncludeNeedsInformation))
                {
                    continue;
                }
                if (Estimate(channels[c].Definition.Estimate, project, context) is not { Amount: > 0m } estimate)
                {
                    continue;
                }
                IReadOnlyList<string> missing = verdict == MatchVerdict.NeedsInformation
                    ? [.. batch.Explain(p, c).MissingFacts.Select(m => m.Label)]
                    : [];
                result.Add(new PlanCandidate(p, c, estimate.Amount, estimate.Basis, verdict, missing, ProjectPriority.Of(project, verdict)));
            }
        }
        return result;
    }

    private static Reserve.Sdk.Channels.FundingEstimate? Estimate(Reserve.Sdk.Channels.FundingEstimator? estimator, Reserve.Sdk.Projects.ProjectRecord project, RuleContext context)
    {
        if (estimator is null)
        {
            return null;
        }
        try
        {
            return estimator(project, context);
        }
        catch (Exception)
        {
            // The match explanation reports the faulty estimate (资金测算出错); the plan only leaves the pair out.
            return null;
        }
    }
}
