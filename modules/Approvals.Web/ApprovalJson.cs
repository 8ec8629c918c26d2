using Reserve.Approvals.Charts;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.Approvals;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Web;

/// <summary>How approval records, summaries and charts go out as JSON.</summary>
internal static class ApprovalJson
{
    public static object Record(ApprovalView view) => new
    {
        view.Record.Id,
        view.Record.ProjectId,
        view.Record.ProjectName,
        view.Record.Department,
        Item = ZhNames<PreWorkKind>.Of(view.Record.Item),
        view.Record.Authority,
        AppliedOn = Date(view.Record.AppliedOn),
        Limit = view.LimitText,
        Basis = ZhNames<LimitBasis>.Of(view.Record.Basis),
        DueOn = Date(view.DueOn),
        CompletedOn = view.Record.CompletedOn is { } c ? Date(c) : null,
        view.Record.DocNumber,
        view.Record.Remote,
        view.Record.JointReviewId,
        Joint = view.JointText,
        AsOf = Date(view.AsOf),
        State = ZhNames<ApprovalState>.Of(view.State),
        Overdue = view.State == ApprovalState.Overdue,
        view.DaysPast,
        view.Flagged,
        Commitments = view.Commitments.Select(c => new
        {
            c.Index,
            Kind = ZhNames<CommitmentKind>.Of(c.Commitment.Kind),
            c.Commitment.Content,
            MadeOn = Date(c.Commitment.MadeOn),
            DueOn = Date(c.Commitment.DueOn),
            FulfilledOn = c.Commitment.FulfilledOn is { } f ? Date(f) : null,
            State = ZhNames<CommitmentState>.Of(c.State),
            Overdue = c.State == CommitmentState.Overdue,
            c.DaysLate,
        }),
        view.Version,
    };

    public static object Project(ApprovalProject project) => new
    {
        project.Id,
        project.Name,
        project.Department,
        Items = project.Items.Select(i => new
        {
            Item = ZhNames<PreWorkKind>.Of(i.Item.Item),
            Status = ZhNames<PreWorkStatus>.Of(i.Item.Status),
            StatutoryLimits = StatutoryLimits.For(i.Item.Item).Select(l => new { l.Id, l.Name, l.Days, Counting = ZhNames<DayCounting>.Of(l.Counting), Source = l.Source.Citation }),
            Approval = i.Approval is { } a ? Record(a) : null,
        }),
    };

    public static object JointReview(JointReviewView view) => new
    {
        view.Review.Id,
        Kind = ZhNames<JointReviewKind>.Of(view.Review.Kind),
        view.Review.ProjectId,
        view.Review.ProjectName,
        view.Review.Department,
        view.Review.LeadAuthority,
        AppliedOn = Date(view.Review.AppliedOn),
        DueOn = Date(view.Review.DueOn),
        DueRule = view.DueText,
        CompletedOn = view.Review.CompletedOn is { } c ? Date(c) : null,
        view.Review.Remote,
        view.Review.Note,
        AsOf = Date(view.AsOf),
        State = ZhNames<ApprovalState>.Of(view.State),
        Overdue = view.State == ApprovalState.Overdue,
        view.DaysPast,
        Items = view.Items.Select(Record),
        view.Version,
    };

    public static object Summary(ApprovalSummary summary) => new
    {
        AsOf = Date(summary.AsOf),
        Grouping = summary.Grouping.ToString(),
        summary.Rows,
        summary.Total,
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd");

    /// <summary>A states or commitments chart as promotion.js draws it (the approvals page uses the same script).</summary>
    public static object Chart(ChartData chart) =>
        ChartJson.Shape(chart.Title, chart.Unit, chart.Categories, chart.Series.Select(s => (s.Name, s.Values)));
}
