using Reserve.Sdk.Rules;

namespace Reserve.Matching;

/// <summary>The part of a result the results table keeps: the explanation is rebuilt from the project when asked for.</summary>
public readonly record struct ResultSummary(MatchVerdict Verdict, decimal Score, decimal? Amount)
{
    /// <summary>The application window on the match date (不在渠道有效期 outside the channel's period).</summary>
    public TimingAnswer? Timing { get; init; }

    /// <summary>How many things must be done before applying (stage-aware requirements and missing materials).</summary>
    public int ReadinessItems { get; init; }

    /// <summary>The earliest date one of them is needed by (null: none, or no date known).</summary>
    public DateOnly? ReadyBy { get; init; }

    public ReadinessState Readiness => ReadinessItems > 0 ? ReadinessState.ToPrepare : ReadinessState.Ready;
}
