using Reserve.Sdk.Projects;

namespace Reserve.Review;

/// <summary>A reviewer's decision on one project. A project nobody has reviewed has no review at all.</summary>
public enum ProjectReviewStatus
{
    [ZhName("待审核")] Pending,
    [ZhName("已受理")] Accepted,
    [ZhName("退回修改")] Returned,
}
