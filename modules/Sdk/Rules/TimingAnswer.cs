using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Rules;

/// <summary>Where a project stands against a channel's application window on the match date.</summary>
public enum TimingState
{
    /// <summary>The window is open on the match date.</summary>
    [ZhName("窗口开放")] Open,

    /// <summary>Closed on the match date; <see cref="TimingAnswer.OpensOn"/> says when it opens next.</summary>
    [ZhName("待窗口开放")] NotYetOpen,

    /// <summary>The channel takes applications under its own notices, with no fixed window the plugin knows.</summary>
    [ZhName("以当年通知为准")] NoFixedWindow,

    /// <summary>The programme has ended or not begun on the match date (e.g. 抗疫特别国债, 2020 only).</summary>
    [ZhName("不在渠道有效期")] OutOfPeriod,
}

/// <summary>
/// The timing answer of one project against one channel: the window it can apply in. A closed window is never
/// 不符合; only a programme outside its period is.
/// </summary>
public sealed record TimingAnswer(TimingState State, DateOnly? OpensOn, DateOnly? ClosesOn, string Message)
{
    /// <summary>The date materials must be ready by: the window's close when it is open, its opening otherwise.</summary>
    public DateOnly? ApplyBy => State switch
    {
        TimingState.Open => ClosesOn,
        TimingState.NotYetOpen => OpensOn,
        _ => null,
    };

    public static TimingAnswer NoFixedWindow { get; } =
        new(TimingState.NoFixedWindow, null, null, "本渠道未设固定申报窗口，申报时间以当年申报通知为准");
}
