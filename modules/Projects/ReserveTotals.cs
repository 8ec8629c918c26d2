namespace Reserve.Projects;

/// <summary>
/// The reserve summed up (amounts in 万元), over every department or one: by department, by field, by 两新一重 category
/// (a project may fall in several, or in none: <see cref="Uncategorised"/>), and per channel and stored answer.
/// </summary>
public sealed record ReserveTotals(
    int Projects,
    decimal Investment,
    decimal AnnualPlan,
    IReadOnlyList<GroupTotal> ByDepartment,
    IReadOnlyList<GroupTotal> ByField,
    IReadOnlyList<GroupTotal> ByCategory,
    GroupTotal Uncategorised,
    IReadOnlyList<AnswerTotal> ByAnswer);

/// <summary>Projects, investment and annual plan of one group (null field: 未填写).</summary>
public sealed record GroupTotal(string? Name, int Projects, decimal Investment, decimal AnnualPlan);

/// <summary>
/// The projects whose stored eligibility answer for a channel is <see cref="Answer"/>, with the same readiness and timing
/// answers: how many, their investment and the estimated funding.
/// </summary>
public sealed record AnswerTotal(string ChannelId, string Answer, int Projects, decimal Investment, decimal Amount)
{
    /// <summary>申报前须准备 or 无需准备 (empty for rows stored before the answer was kept).</summary>
    public string Readiness { get; init; } = "";

    /// <summary>窗口开放, 待窗口开放, 以当年通知为准 or 不在渠道有效期 (empty for older rows).</summary>
    public string Timing { get; init; } = "";

    /// <summary>The earliest window opening and closing among these projects.</summary>
    public DateOnly? OpensOn { get; init; }
    public DateOnly? ClosesOn { get; init; }
}
