namespace Reserve.Review;

/// <summary>
/// What a decision must say before it is stored, each problem in Chinese naming the field: a 文号, a date
/// not after today, 调整 with at least one project removed or added and 审定通过 with none, a project removed
/// only if it was accepted that year, added only if it was not, and never both.
/// </summary>
internal static class DecisionRules
{
    public static IReadOnlyList<string> Problems(GovernmentDecisionInput input, DateOnly today, IReadOnlySet<string> accepted)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(input.DocNumber))
        {
            problems.Add("文号：必须填写市政府批复（或会议纪要）的文号");
        }
        else if (input.DocNumber.Trim().Length > 100)
        {
            problems.Add("文号：不能超过100个字");
        }
        if (input.Date > today)
        {
            problems.Add($"审定日期：{input.Date:yyyy-MM-dd} 晚于今天，不能记录尚未作出的决定");
        }
        if (input.Date.Year < input.Year - 1 || input.Date.Year > input.Year)
        {
            problems.Add($"审定日期：{input.Date:yyyy-MM-dd} 不在{input.Year}年度储备的审定期间（{input.Year - 1}年至{input.Year}年）");
        }
        if (input.Note is { Length: > 500 })
        {
            problems.Add("说明：不能超过500个字");
        }
        var changes = input.Removed.Count + input.Added.Count;
        if (input.Verdict == GovernmentVerdict.Adjusted && changes == 0)
        {
            problems.Add("调出或增列项目：审定结论为“调整”时，至少填写一个调出或增列的项目");
        }
        if (input.Verdict == GovernmentVerdict.Approved && changes > 0)
        {
            problems.Add("审定结论：有调出或增列的项目时，结论应为“调整”");
        }
        foreach (var id in input.Removed.Where(id => !accepted.Contains(id)))
        {
            problems.Add($"调出项目：{id} 不是{input.Year}年度已受理的项目");
        }
        foreach (var id in input.Added.Where(accepted.Contains))
        {
            problems.Add($"增列项目：{id} 已是{input.Year}年度已受理的项目，无须增列");
        }
        foreach (var id in input.Removed.Intersect(input.Added, StringComparer.Ordinal))
        {
            problems.Add($"项目 {id} 不能同时调出和增列");
        }
        return problems;
    }
}
