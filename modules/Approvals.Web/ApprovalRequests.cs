using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Web;

/// <summary>
/// The bodies of the approval routes and how they become drafts. Enumerations are read by their code name or
/// their Chinese word (item “环评批复”, basis “法定时限”, counting “工作日”); a value that names nothing, or a date
/// not written yyyy-MM-dd, is a problem naming the field, and nothing is stored.
/// </summary>
internal static class ApprovalRequests
{
    public sealed record CommitmentBody(string? Kind, string? Content, string? MadeOn, string? DueOn, string? FulfilledOn);

    public sealed record OpenBody(
        string? ProjectId, string? Item, string? Authority, string? AppliedOn, string? Basis, string? StatutoryLimitId, int? LimitDays,
        string? Counting, bool? Remote, string? Note, IReadOnlyList<CommitmentBody>? Commitments);

    public sealed record JointItemBody(string? Item, string? Authority, string? Basis, string? StatutoryLimitId, int? LimitDays, string? Counting);

    public sealed record JointBody(string? Kind, string? ProjectId, string? LeadAuthority, string? AppliedOn, bool? Remote, string? Note, IReadOnlyList<JointItemBody>? Items);

    public sealed record JointChangeBody(string? AppliedOn, string? CompletedOn, string? LeadAuthority, bool? Remote, string? Note, int Version);

    public static (ApprovalDraft? Draft, List<string> Problems) Draft(OpenBody body)
    {
        var problems = new List<string>();
        var item = Enum<PreWorkKind>(body.Item, "前期工作事项", problems, required: true);
        var basis = Enum<LimitBasis>(body.Basis, "时限依据", problems) ?? (string.IsNullOrWhiteSpace(body.StatutoryLimitId) ? LimitBasis.Promised : LimitBasis.Statutory);
        var counting = Enum<DayCounting>(body.Counting, "计日方式", problems) ?? DayCounting.WorkingDays;
        var applied = Date(body.AppliedOn, "受理日期", problems);
        var commitments = new List<Commitment>();
        foreach (var (c, i) in (body.Commitments ?? []).Select((c, i) => (c, i)))
        {
            var field = $"第{i + 1}项承诺";
            var kind = Enum<CommitmentKind>(c.Kind, field + "类型", problems, required: true);
            commitments.Add(new Commitment
            {
                Kind = kind ?? default, Content = c.Content ?? "",
                MadeOn = Date(c.MadeOn, field + "承诺日期", problems) ?? default, DueOn = Date(c.DueOn, field + "承诺期限", problems) ?? default,
                FulfilledOn = Date(c.FulfilledOn, field + "补办日期", problems),
            });
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new ApprovalDraft
        {
            ProjectId = body.ProjectId?.Trim() ?? "", Item = item!.Value, Authority = body.Authority, AppliedOn = applied ?? default,
            Basis = basis, StatutoryLimitId = body.StatutoryLimitId, LimitDays = body.LimitDays ?? 0, Counting = counting,
            Remote = body.Remote ?? false, Note = body.Note, Commitments = commitments,
        }, problems);
    }

    public static (JointReviewDraft? Draft, List<string> Problems) Draft(JointBody body)
    {
        var problems = new List<string>();
        var kind = Enum<JointReviewKind>(body.Kind, "审查方式", problems, required: true);
        var applied = Date(body.AppliedOn, "受理日期", problems);
        var items = new List<JointReviewItem>();
        foreach (var (i, n) in (body.Items ?? []).Select((i, n) => (i, n + 1)))
        {
            var item = Enum<PreWorkKind>(i.Item, $"第{n}个事项", problems, required: true);
            var basis = Enum<LimitBasis>(i.Basis, $"第{n}个事项的时限依据", problems) ?? (string.IsNullOrWhiteSpace(i.StatutoryLimitId) ? LimitBasis.Promised : LimitBasis.Statutory);
            var counting = Enum<DayCounting>(i.Counting, $"第{n}个事项的计日方式", problems) ?? DayCounting.WorkingDays;
            items.Add(new JointReviewItem { Item = item ?? default, Authority = i.Authority, Basis = basis, StatutoryLimitId = i.StatutoryLimitId, LimitDays = i.LimitDays ?? 0, Counting = counting });
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new JointReviewDraft
        {
            Kind = kind!.Value, ProjectId = body.ProjectId?.Trim() ?? "", LeadAuthority = body.LeadAuthority, AppliedOn = applied ?? default,
            Remote = body.Remote ?? false, Note = body.Note, Items = items,
        }, problems);
    }

    public static (JointReviewChange? Change, List<string> Problems) Change(JointChangeBody body)
    {
        var problems = new List<string>();
        var applied = Date(body.AppliedOn, "受理日期", problems);
        var completed = Date(body.CompletedOn, "办结日期", problems);
        return problems.Count > 0 ? (null, problems) : (new JointReviewChange(applied ?? default, completed, body.LeadAuthority, body.Remote ?? false, body.Note), problems);
    }

    private static TEnum? Enum<TEnum>(string? text, string field, List<string> problems, bool required = false) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                problems.Add($"{field}：必填，应为：{string.Join("、", ZhNames<TEnum>.All)}");
            }
            return null;
        }
        if (EnumText.TryParse<TEnum>(text, out var value))
        {
            return value;
        }
        problems.Add($"{field}：{EnumText.Problem<TEnum>(field, text)}");
        return null;
    }

    private static DateOnly? Date(string? text, string field, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var date))
        {
            return date;
        }
        problems.Add($"{field}：“{text}”不是有效日期，应为 yyyy-MM-dd");
        return null;
    }
}
