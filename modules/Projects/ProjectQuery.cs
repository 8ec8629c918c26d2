namespace Reserve.Projects;

/// <summary>
/// Which projects to list: by department, field, stage and search text, in an order, a page at a time; and by the
/// stored match answer for a channel, the plan year (the planned start's year) and a 两新一重 category.
/// </summary>
public sealed record ProjectQuery(
    string? Department = null,
    string? Field = null,
    string? Stage = null,
    string? Search = null,
    int Skip = 0,
    int Take = 50,
    ProjectSort Sort = ProjectSort.Id,
    bool Descending = false)
{
    /// <summary>A channel id: with <see cref="Answer"/>, only projects whose stored answer for it is that one.</summary>
    public string? Channel { get; init; }

    /// <summary>
    /// A stored answer for <see cref="Channel"/>: eligibility (符合, 不符合, 待补充信息, 待核实 …), readiness (申报前须准备,
    /// 无需准备) or timing (窗口开放, 待窗口开放, 以当年通知为准, 不在渠道有效期).
    /// </summary>
    public string? Answer { get; init; }

    /// <summary>Projects planned to start in this year.</summary>
    public int? PlanYear { get; init; }

    /// <summary>True: only the projects withdrawn (撤回) from the reserve; false (default): only those in it.</summary>
    public bool Withdrawn { get; init; }

    /// <summary>A 两新一重 category the system computed (新型基础设施, or one of its kinds such as 新型基础设施-信息).</summary>
    public string? Category { get; init; }
}

/// <summary>The columns a project list can be ordered by.</summary>
public enum ProjectSort
{
    Id,
    Name,
    Department,
    TotalInvestment,
    UpdatedAt,
    PlannedStart,

    /// <summary>Best matches of the search text first (by id when there is no search text).</summary>
    Relevance,
}
