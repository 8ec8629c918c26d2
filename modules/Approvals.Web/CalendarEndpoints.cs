using Reserve.Approvals;
using Reserve.Approvals.Calendar;
using Reserve.Approvals.Limits;
using Reserve.Accounts;

namespace Reserve.Approvals.Web;

/// <summary>
/// The working-day calendar over HTTP: everyone who sees 审批服务 reads it; 发改委 reviewers keep it (one day at a
/// time, or a new year imported from XLSX, previewed first). Due dates move with every change.
/// </summary>
internal static class CalendarEndpoints
{
    public const string KeeperRoles = nameof(Role.Reviewer);
    public const long MaxImportBytes = 1024 * 1024;

    public sealed record DayRequest(string? Kind, string? Note, int Version);

    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/approvals/calendar").RequireAuthorization(p => p.RequireRole(DepartmentRecordAccess.ReadRoles.Split(',')));

        api.MapGet("", async (int? year, IApprovalService approvals, TimeProvider clock, CancellationToken ct) =>
        {
            var y = year ?? clock.GetLocalNow().Year;
            if (y is < 2000 or > 2100)
            {
                return ProblemResults.Error(StatusCodes.Status400BadRequest, $"year：“{y}”不是有效的年份");
            }
            var years = await approvals.CalendarYearsAsync(ct);
            var notice = years.FirstOrDefault(n => n.Year == y);
            return Results.Json(new
            {
                year = y,
                notice = notice is null ? null : new { notice.DocNumber, notice.Title, IssuedOn = notice.IssuedOn?.ToString("yyyy-MM-dd"), notice.Amendment, notice.Origin },
                years = years.Select(n => n.Year),
                days = (await approvals.CalendarAsync(y, ct)).Select(d => new { Date = d.Date.ToString("yyyy-MM-dd"), Kind = d.IsWorkday ? CalendarSheet.Workday : CalendarSheet.Holiday, d.Note, d.Source, d.Version }),
            });
        }).WithSummary("工作日历：某年的放假日与调休上班日及其依据（国务院办公厅部分节假日安排的通知）；year 默认今年");

        api.MapGet("/template", () => Results.File(CalendarSheet.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "节假日安排导入模板.xlsx"))
            .WithSummary("节假日安排导入模板（XLSX：日期、安排（放假/上班）、节日）");

        var keep = api.MapGroup("").RequireAuthorization(p => p.RequireRole(KeeperRoles));

        keep.MapPut("/{date}", async (string date, DayRequest body, HttpContext http, IApprovalService approvals, CancellationToken ct) =>
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", out var day))
            {
                return ProblemResults.Error(StatusCodes.Status400BadRequest, $"日期：“{date}”不是有效日期，应为 yyyy-MM-dd");
            }
            CalendarChange change;
            switch (body.Kind?.Trim())
            {
                case CalendarSheet.Holiday or "holiday":
                    change = await approvals.SetCalendarDayAsync(new CalendarDay(day, false, body.Note), body.Version, http.User.AuditName(), ct);
                    break;
                case CalendarSheet.Workday or "workday":
                    change = await approvals.SetCalendarDayAsync(new CalendarDay(day, true, body.Note), body.Version, http.User.AuditName(), ct);
                    break;
                case "按星期" or "weekday":
                    change = await approvals.RemoveCalendarDayAsync(day, body.Version, http.User.AuditName(), ct);
                    break;
                default:
                    return ProblemResults.Error(StatusCodes.Status400BadRequest, $"安排：“{body.Kind}”无效，应为“{CalendarSheet.Holiday}”“{CalendarSheet.Workday}”或“按星期”（取消登记）");
            }
            return change.Succeeded
                ? Results.Json(new { date = day.ToString("yyyy-MM-dd"), movedDueDates = change.MovedDueDates })
                : ProblemResults.Refused(change.Problems.Select(p => p.ToString()), change.Conflict);
        }).WithSummary("登记一天：kind 为“放假”“上班”（调休，仅周末）或“按星期”（取消登记）；note 说明；version 为读到的版本（未登记为 0）；受影响的审批到期日随之重算");

        keep.MapPost("/import", async (HttpRequest request, IApprovalService approvals, CancellationToken ct) =>
        {
            if (!request.HasFormContentType)
            {
                return ProblemResults.Error(StatusCodes.Status400BadRequest, "请以 multipart/form-data 上传：file、year、title，可选 docNumber、issuedOn、confirm");
            }
            var form = await request.ReadFormAsync(ct);
            var (file, year, notice, problems) = CalendarImportForm.Read(form);
            if (problems.Count > 0)
            {
                return ProblemResults.Refused(problems, null);
            }
            using var content = new MemoryStream();
            await file!.CopyToAsync(content, ct);
            content.Position = 0;
            var preview = approvals.PreviewCalendarImport(content, year);
            if (form["confirm"] != "true")
            {
                return Results.Json(new
                {
                    year, stored = false, canImport = preview.CanImport,
                    problems = preview.Problems.Select(p => new { p.Row, p.Column, p.Message, Text = p.ToString() }),
                    days = preview.Days.Select(d => new { Date = d.Date.ToString("yyyy-MM-dd"), Kind = d.IsWorkday ? CalendarSheet.Workday : CalendarSheet.Holiday, d.Note }),
                });
            }
            content.Position = 0;
            var change = await approvals.ImportCalendarAsync(content, year, notice, request.HttpContext.User.AuditName(), ct);
            return change.Succeeded
                ? Results.Json(new { year, stored = true, days = preview.Days.Count, movedDueDates = change.MovedDueDates })
                : ProblemResults.Refused(change.Problems.Select(p => p.ToString()), change.Conflict);
        }).DisableAntiforgery()
          .WithSummary("导入某年的节假日安排（XLSX）：不带 confirm 为预览（逐行逐列列出问题，不保存）；confirm=true 时全部无误才替换该年安排，有任何问题则什么也不保存");
    }
}

/// <summary>The fields of a calendar import form (page or API), checked with Chinese messages naming each.</summary>
internal static class CalendarImportForm
{
    public static (IFormFile? File, int Year, CalendarNotice Notice, List<string> Problems) Read(IFormCollection form)
    {
        var problems = new List<string>();
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            problems.Add("文件：请选择节假日安排文件（.xlsx），可先下载导入模板");
        }
        else if (file.Length > CalendarEndpoints.MaxImportBytes)
        {
            problems.Add("文件：超过 1 MB，一年的节假日安排不会有这么大");
        }
        if (!int.TryParse(form["year"], out var year) || year is < 2000 or > 2100)
        {
            problems.Add($"年度：“{form["year"]}”不是有效的年份");
        }
        DateOnly? issued = null;
        var issuedText = form["issuedOn"].ToString();
        if (!string.IsNullOrWhiteSpace(issuedText))
        {
            if (DateOnly.TryParseExact(issuedText.Trim(), "yyyy-MM-dd", out var d))
            {
                issued = d;
            }
            else
            {
                problems.Add($"发布日期：“{issuedText}”不是有效日期，应为 yyyy-MM-dd");
            }
        }
        var title = form["title"].ToString();
        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add($"通知标题：必填，如“国务院办公厅关于{(year > 0 ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "X")}年部分节假日安排的通知”");
        }
        return (file, year, new CalendarNotice(form["docNumber"].ToString(), title, issued), problems);
    }
}
