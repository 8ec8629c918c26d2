namespace Reserve.Projects;

/// <summary>
/// How the module that keeps the match answers states them in SQL, so the reserve filters its list by an answer and
/// sums its projects per channel and answer in the database (one statement, paged or grouped there) without knowing
/// that module's tables.
/// </summary>
public interface IMatchAnswersSql
{
    /// <summary>
    /// A <c>SELECT</c> of the columns <c>"ProjectId"</c>, <c>"ChannelId"</c>, the three stored answers — <c>"Verdict"</c>
    /// (资格: 符合, 不符合, 待补充信息, 待核实 …), <c>"Readiness"</c> (申报前须准备 or 无需准备) and <c>"Timing"</c> (窗口开放,
    /// 待窗口开放 …), each empty where a row predates it — with <c>"OpensOn"</c> and <c>"ClosesOn"</c> (the window's
    /// dates, may be null), and <c>"Amount"</c> (万元, may be null). The answers' words are distinct, so one word names its answer.
    /// </summary>
    string Answers { get; }

    /// <summary>
    /// A <c>SELECT</c> of the answers already summed, kept current on every write: one row per <c>"Department"</c>,
    /// <c>"ChannelId"</c>, <c>"Verdict"</c>, <c>"Readiness"</c>, <c>"Timing"</c>, <c>"OpensOn"</c> and <c>"ClosesOn"</c> (dates
    /// as <c>yyyy-MM-dd</c> text, empty where none) with <c>"Projects"</c> (how many answers of projects not withdrawn),
    /// <c>"Investment"</c> (their projects' total investment) and <c>"Amount"</c> (their estimated amounts), both in
    /// ten-thousandths of 万元 as integers. A group emptied by later changes may remain with zero projects.
    /// </summary>
    string Totals { get; }

    /// <summary>A <c>SELECT</c> of one value that changes whenever a stored answer does (a cache stamp).</summary>
    string LastChanged { get; }
}
