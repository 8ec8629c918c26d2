namespace Reserve.Projects;

/// <summary>
/// How the module that keeps the match answers states them in SQL, so the reserve filters its list by an answer and
/// sums its projects per channel and answer in the database (one statement, paged or grouped there) without knowing
/// that module's tables.
/// </summary>
public interface IMatchAnswersSql
{
    /// <summary>A <c>SELECT</c> of the columns <c>"ProjectId"</c>, <c>"ChannelId"</c>, <c>"Verdict"</c> (the stored answer) and <c>"Amount"</c> (万元, may be null).</summary>
    string Answers { get; }

    /// <summary>A <c>SELECT</c> of one value that changes whenever a stored answer does (a cache stamp).</summary>
    string LastChanged { get; }
}
