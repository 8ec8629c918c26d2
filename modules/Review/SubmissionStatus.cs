using Reserve.Sdk.Projects;

namespace Reserve.Review;

/// <summary>Where a department's reserve list for a year stands (issue 5: 草稿 → 已提交 → 退回修改 → 已汇总 → 报市政府审定).</summary>
public enum SubmissionStatus
{
    [ZhName("草稿")] Draft,
    [ZhName("已提交")] Submitted,
    [ZhName("退回修改")] Returned,
    [ZhName("已汇总")] Aggregated,
    [ZhName("报市政府审定")] Reported,
}
