using Reserve.Review;

namespace Reserve.Review.Web.Submissions;

/// <summary>The four moves of a department's reserve list, as the routes and buttons name them.</summary>
internal enum SubmissionAction
{
    Submit,
    Return,
    Aggregate,
    Report,
}

internal static class SubmissionActions
{
    public static SubmissionStatus Target(this SubmissionAction action) => action switch
    {
        SubmissionAction.Submit => SubmissionStatus.Submitted,
        SubmissionAction.Return => SubmissionStatus.Returned,
        SubmissionAction.Aggregate => SubmissionStatus.Aggregated,
        _ => SubmissionStatus.Reported,
    };

    /// <summary>What the button says (提交 / 退回修改 / 汇总 / 报市政府审定).</summary>
    public static string Verb(this SubmissionAction action) => action switch
    {
        SubmissionAction.Submit => "提交储备清单",
        SubmissionAction.Return => "退回修改",
        SubmissionAction.Aggregate => "汇总",
        _ => "报市政府审定",
    };

    public static bool TryParse(string? text, out SubmissionAction action) =>
        Enum.TryParse(text, ignoreCase: true, out action) && Enum.IsDefined(action) && !char.IsAsciiDigit(text![0]);
}
