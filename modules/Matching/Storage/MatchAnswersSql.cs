using Reserve.Projects;

namespace Reserve.Matching.Storage;

/// <summary>The stored answers as the reserve's list filters and sums read them (the table stays this module's).</summary>
internal sealed class MatchAnswersSql : IMatchAnswersSql
{
    public string Answers => """SELECT "ProjectId", "ChannelId", "Verdict", "Readiness", "Timing", "OpensOn", "ClosesOn", "Amount" FROM match_results""";

    public string Totals => """SELECT "Department", "ChannelId", "Verdict", "Readiness", "Timing", "OpensOn", "ClosesOn", "Projects", "Investment", "Amount" FROM match_answer_totals""";

    public string LastChanged => """SELECT MAX("MatchedAtUtc") FROM match_results""";
}
