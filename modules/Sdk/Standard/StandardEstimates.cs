using Reserve.Sdk.Channels;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Standard;

/// <summary>
/// Funding estimates for channels whose support ratio was not found in any policy text. The project's own
/// request to the channel comes first; without one, the line of the channel's source kind in the project's
/// funding plan; without that, the project's 资金缺口 (总投资 less the planned sources), which no subsidy can
/// exceed. Every basis says that the method is this system's estimate, not policy, and why no ratio is used.
/// </summary>
public static class StandardEstimates
{
    /// <summary>Appended to every basis these estimators write.</summary>
    public const string NotPolicy = "本系统估算，非政策规定，实际金额以主管部门下达为准";

    /// <summary>
    /// The request to the channel (by id or Chinese name); else the planned line of <paramref name="source"/>;
    /// else the funding gap. <paramref name="whyNoRatio"/> names what was not found, e.g. 省级补助比例未取得.
    /// </summary>
    public static FundingEstimator RequestPlanOrGap(string channelId, string channelName, FundingSourceKind source, string whyNoRatio) =>
        (p, _) =>
        {
            if (Requested(p, channelId, channelName) is { } requested)
            {
                return new FundingEstimate(requested, $"按本渠道拟申请金额 {ZhFormat.Wan(requested)} 估算（{whyNoRatio}）；{NotPolicy}");
            }
            var planned = p.PlannedFrom(source);
            if (planned > 0m)
            {
                return new FundingEstimate(planned,
                    $"按资金来源计划中的{ZhNames<FundingSourceKind>.Of(source)} {ZhFormat.Wan(planned)} 估算（{whyNoRatio}）；{NotPolicy}");
            }
            var gap = p.TotalInvestment - p.PlannedTotal;
            if (gap <= 0m)
            {
                return new FundingEstimate(0m,
                    $"资金来源计划合计 {ZhFormat.Wan(p.PlannedTotal)} 已覆盖总投资 {ZhFormat.Wan(p.TotalInvestment)}，无拟申请金额或资金缺口可安排（{whyNoRatio}）；{NotPolicy}");
            }
            return new FundingEstimate(gap,
                $"上限估算：资金缺口 = 总投资 {ZhFormat.Wan(p.TotalInvestment)} − 资金来源计划合计 {ZhFormat.Wan(p.PlannedTotal)} = {ZhFormat.Wan(gap)}（{whyNoRatio}，补助不会超过缺口）；{NotPolicy}");
        };

    /// <summary>
    /// The channel's policy estimate; where it cannot be made (a fact it needs is missing), the project's
    /// request to the channel, so that a plan can still count the amount asked for.
    /// </summary>
    public static FundingEstimator OrRequested(FundingEstimator policy, string channelId, string channelName) =>
        (p, c) => policy(p, c) ?? (Requested(p, channelId, channelName) is { } requested
            ? new FundingEstimate(requested, $"按本渠道拟申请金额 {ZhFormat.Wan(requested)} 估算（政策测算所需要素未填写，填写后按政策测算）；{NotPolicy}")
            : null);

    /// <summary>The sum of the project's requests to the channel, or null when it makes none.</summary>
    public static decimal? Requested(ProjectRecord project, string channelId, string channelName)
    {
        decimal? sum = null;
        foreach (var request in project.Requests)
        {
            if (request.Amount > 0m && (request.Channel == channelId || request.Channel == channelName))
            {
                sum = (sum ?? 0m) + request.Amount;
            }
        }
        return sum;
    }
}
