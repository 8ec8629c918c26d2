using Microsoft.AspNetCore.Authorization;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Accounts;
using Reserve.Approvals.Calendar;
using Reserve.Approvals.Limits;

namespace Reserve.Approvals.Web.Pages.Approvals;

/// <summary>
/// 工作日历: a year's holidays and make-up working days with the State Council notice they follow; 发改委 reviewers
/// mark or unmark a day (against the version they read) and every due date over it moves at once.
/// </summary>
[Authorize(Roles = DepartmentRecordAccess.ReadRoles)]
internal sealed class CalendarModel(IApprovalService approvals, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<CalendarYear> Years { get; private set; } = [];
    public CalendarYear? Notice { get; private set; }
    public IReadOnlyList<CalendarEntry> Days { get; private set; } = [];
    public FormProblems Problems { get; } = new();
    public bool MayKeep => User.IsInRole(nameof(Role.Reviewer));
    public int ShownYear => Year ?? clock.GetLocalNow().Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ShownYear is < 2000 or > 2100)
        {
            return this.Refuse(StatusCodes.Status400BadRequest, $"“{ShownYear}”不是有效的年份");
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(DateOnly? date, string? kind, string? note, int version, CancellationToken cancellationToken)
    {
        if (!MayKeep)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, "只有发改委审核员可以维护工作日历");
        }
        if (date is not { } day)
        {
            Problems.Refuse("未保存", [new Problem("日期", "请选择日期")]);
            await LoadAsync(cancellationToken);
            return Page();
        }
        Year = day.Year;
        var user = User.AuditName();
        var change = kind switch
        {
            CalendarSheet.Holiday => await approvals.SetCalendarDayAsync(new CalendarDay(day, false, note), version, user, cancellationToken),
            CalendarSheet.Workday => await approvals.SetCalendarDayAsync(new CalendarDay(day, true, note), version, user, cancellationToken),
            _ => await approvals.RemoveCalendarDayAsync(day, version, user, cancellationToken),
        };
        if (change.Succeeded)
        {
            TempData["Flash"] = $"已保存 {ZhFormat.Date(day)}；{change.MovedDueDates} 项审批的到期日随之调整";
            return Redirect($"/approvals/calendar?year={day.Year}");
        }
        Problems.Refuse(change.Conflict ?? "未保存", change.Problems);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Years = await approvals.CalendarYearsAsync(cancellationToken);
        Notice = Years.FirstOrDefault(y => y.Year == ShownYear);
        Days = await approvals.CalendarAsync(ShownYear, cancellationToken);
    }
}
