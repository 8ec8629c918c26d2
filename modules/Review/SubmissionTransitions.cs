namespace Reserve.Review;

/// <summary>
/// Which move of a submission is allowed from which status. A department submits its draft (or its
/// list returned for changes); a reviewer returns or aggregates a submitted list, and reports the
/// aggregated lists to the city government.
/// </summary>
internal static class SubmissionTransitions
{
    public static string? Problem(SubmissionStatus from, SubmissionStatus to) => (from, to) switch
    {
        (SubmissionStatus.Draft or SubmissionStatus.Returned, SubmissionStatus.Submitted) => null,
        (SubmissionStatus.Submitted, SubmissionStatus.Returned or SubmissionStatus.Aggregated) => null,
        (SubmissionStatus.Aggregated, SubmissionStatus.Reported) => null,
        (_, SubmissionStatus.Submitted) => $"当前状态为“{Zh(from)}”，不能再次提交",
        (_, SubmissionStatus.Returned) => $"当前状态为“{Zh(from)}”，只有已提交的清单可以退回",
        (_, SubmissionStatus.Aggregated) => $"当前状态为“{Zh(from)}”，只有已提交的清单可以汇总",
        (_, SubmissionStatus.Reported) => $"当前状态为“{Zh(from)}”，只有已汇总的清单可以报市政府审定",
        _ => $"不能从“{Zh(from)}”改为“{Zh(to)}”",
    };

    /// <summary>A department may change its projects while its list is a draft or has been returned.</summary>
    public static bool DepartmentMayEdit(SubmissionStatus status) => status is SubmissionStatus.Draft or SubmissionStatus.Returned;

    private static string Zh(SubmissionStatus s) => Reserve.Sdk.Projects.ZhNames<SubmissionStatus>.Of(s);
}
