using Reserve.Approvals.Limits;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Records;

/// <summary>The checks on an approval record, every problem in Chinese with the value found. Field names are the form's labels.</summary>
internal static class ApprovalRules
{
    /// <summary>A promise longer than a year is a typing slip rather than a promise.</summary>
    public const int MaxPromisedDays = 365;
    public const int TextMaxLength = 200;

    public static List<Problem> Check(ApprovalRecord record, DateOnly today)
    {
        var problems = new List<Problem>();
        var item = ZhNames<PreWorkKind>.Of(record.Item);
        if (record.AppliedOn == default)
        {
            problems.Add(new("受理日期", "必填"));
        }
        else if (record.AppliedOn > today)
        {
            problems.Add(new("受理日期", $"{ZhFormat.Date(record.AppliedOn)}晚于今天（{ZhFormat.Date(today)}）"));
        }
        CheckLimit(record, item, problems);
        if (record.CompletedOn is { } completed)
        {
            if (completed < record.AppliedOn)
            {
                problems.Add(new("办结日期", $"{ZhFormat.Date(completed)}早于受理日期{ZhFormat.Date(record.AppliedOn)}"));
            }
            if (completed > today)
            {
                problems.Add(new("办结日期", $"{ZhFormat.Date(completed)}晚于今天（{ZhFormat.Date(today)}）"));
            }
        }
        TextLength(problems, "审批部门", record.Authority);
        TextLength(problems, "批复文号", record.DocNumber);
        for (var i = 0; i < record.Commitments.Count; i++)
        {
            CheckCommitment(record, record.Commitments[i], i + 1, today, problems);
        }
        return problems;
    }

    private static void CheckLimit(ApprovalRecord record, string item, List<Problem> problems)
    {
        if (record.Basis == LimitBasis.Statutory)
        {
            var statutory = StatutoryLimits.Find(record.StatutoryLimitId);
            var applicable = StatutoryLimits.For(record.Item);
            if (statutory is null || statutory.Item != record.Item)
            {
                problems.Add(new("法定时限", applicable.Count == 0
                    ? $"“{item}”没有收录的法定时限，请选择“承诺时限”并填写审批部门承诺的办理时限"
                    : $"“{record.StatutoryLimitId}”不适用于“{item}”，可选：{string.Join("、", applicable.Select(l => $"{l.Name}（{l.Id}）"))}"));
                return;
            }
            if (record.ExtensionDays < 0)
            {
                problems.Add(new("延长天数", $"“{record.ExtensionDays}”不能为负数"));
            }
            else if (record.ExtensionDays > 0 && statutory.MaxExtensionDays is not { } max)
            {
                problems.Add(new("延长天数", $"{statutory.Name}的法定时限没有延长的规定"));
            }
            else if (statutory.MaxExtensionDays is { } cap && record.ExtensionDays > cap)
            {
                problems.Add(new("延长天数", $"{record.ExtensionDays}个{ZhNames<DayCounting>.Of(statutory.Counting)}超过法定最长延长期限{cap}个{ZhNames<DayCounting>.Of(statutory.Counting)}"));
            }
            return;
        }
        if (record.LimitDays <= 0)
        {
            problems.Add(new("承诺时限", record.LimitDays == 0 ? "必填，应为大于0的天数" : $"“{record.LimitDays}”应为大于0的天数"));
        }
        else if (record.LimitDays > MaxPromisedDays)
        {
            problems.Add(new("承诺时限", $"{record.LimitDays}天超过{MaxPromisedDays}天，请核对"));
        }
        if (record.ExtensionDays != 0)
        {
            problems.Add(new("延长天数", "承诺时限不设延长，请直接修改承诺时限"));
        }
    }

    private static void CheckCommitment(ApprovalRecord record, Commitment commitment, int number, DateOnly today, List<Problem> problems)
    {
        var field = $"第{number}项承诺";
        if (string.IsNullOrWhiteSpace(commitment.Content))
        {
            problems.Add(new(field, "请写明缺少的材料或承诺补办的事项"));
        }
        else if (commitment.Content.EnumerateRunes().Count() > TextMaxLength)
        {
            problems.Add(new(field, $"承诺事项超过{TextMaxLength}个字"));
        }
        if (commitment.MadeOn == default || commitment.DueOn == default)
        {
            problems.Add(new(field, "承诺日期和承诺期限都必须填写"));
            return;
        }
        if (commitment.MadeOn < record.AppliedOn)
        {
            problems.Add(new(field, $"承诺日期{ZhFormat.Date(commitment.MadeOn)}早于受理日期{ZhFormat.Date(record.AppliedOn)}"));
        }
        if (commitment.MadeOn > today)
        {
            problems.Add(new(field, $"承诺日期{ZhFormat.Date(commitment.MadeOn)}晚于今天（{ZhFormat.Date(today)}）"));
        }
        if (commitment.DueOn < commitment.MadeOn)
        {
            problems.Add(new(field, $"承诺期限{ZhFormat.Date(commitment.DueOn)}早于承诺日期{ZhFormat.Date(commitment.MadeOn)}"));
        }
        if (commitment.FulfilledOn is { } fulfilled)
        {
            if (fulfilled < commitment.MadeOn)
            {
                problems.Add(new(field, $"补办日期{ZhFormat.Date(fulfilled)}早于承诺日期{ZhFormat.Date(commitment.MadeOn)}"));
            }
            if (fulfilled > today)
            {
                problems.Add(new(field, $"补办日期{ZhFormat.Date(fulfilled)}晚于今天（{ZhFormat.Date(today)}）"));
            }
        }
    }

    private static void TextLength(List<Problem> problems, string field, string? text)
    {
        if (text is not null && text.EnumerateRunes().Count() > TextMaxLength)
        {
            problems.Add(new(field, $"超过{TextMaxLength}个字"));
        }
    }
}
