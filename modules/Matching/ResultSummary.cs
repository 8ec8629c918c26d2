namespace Reserve.Matching;

/// <summary>The part of a result the results table keeps: the explanation is rebuilt from the project when asked for.</summary>
public readonly record struct ResultSummary(MatchVerdict Verdict, decimal Score, decimal? Amount);
