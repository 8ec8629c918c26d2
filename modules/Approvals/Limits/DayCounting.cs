using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Limits;

/// <summary>How a time limit's days are counted.</summary>
public enum DayCounting
{
    /// <summary>工作日: Monday to Friday, less statutory holidays, plus make-up working days (see <see cref="WorkCalendar"/>).</summary>
    [ZhName("工作日")] WorkingDays,
    /// <summary>自然日: every day counts.</summary>
    [ZhName("自然日")] CalendarDays,
}

/// <summary>Where a record's time limit comes from.</summary>
public enum LimitBasis
{
    /// <summary>法定时限: fixed by a law or regulation, from <see cref="StatutoryLimits"/>; not typed by users.</summary>
    [ZhName("法定时限")] Statutory,
    /// <summary>承诺时限: the time the approving department promised (its published 办理时限), entered by the user and not verified.</summary>
    [ZhName("承诺时限")] Promised,
}
