using Reserve.Instructions.Notifications;
using Reserve.Instructions.Web.Reminders;

namespace Reserve.Instructions.Web;

/// <summary>
/// 领导批示 and the notification centre over HTTP, under the rules of the pages: leaders and 发改委 write instructions
/// and read all of them; a department clerk reads and answers only those addressed to their department; each user
/// reads and marks only their own notifications.
/// </summary>
internal static class InstructionEndpoints
{
    public sealed record WriteRequest(string? Kind, string? SubjectId, string? Text, string? OwnerDepartment, string? DueOn);

    public sealed record AnswerRequest(string? Text, bool Closes, int Version);

    public sealed record EditRequest(string? Text, string? OwnerDepartment, string? DueOn, int Version);

    public sealed record WithdrawRequest(string? Reason, int Version);

    public static void MapInstructionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/instructions").RequireAuthorization(p => p.RequireRole(InstructionAccess.ReadRoles.Split(',')));

        api.MapGet("", async (string? department, bool? mine, string? kind, string? subjectId, string? filter, int? page, int? pageSize, HttpContext http, InstructionBoard board, CancellationToken ct) =>
        {
            SubjectKind? only = null;
            if (!string.IsNullOrWhiteSpace(kind))
            {
                if (!SubjectCatalog.TryParseKind(kind, out var parsed))
                {
                    return ProblemResults.Error(StatusCodes.Status400BadRequest, "kind：" + EnumText.Problem<SubjectKind>("批示对象类别", kind));
                }
                only = parsed;
            }
            var state = InstructionFilter.All;
            if (!string.IsNullOrWhiteSpace(filter) && !EnumText.TryParse(filter, out state))
            {
                return ProblemResults.Error(StatusCodes.Status400BadRequest, "filter：" + EnumText.Problem<InstructionFilter>("办理状态", filter));
            }
            var number = Math.Max(1, page ?? 1);
            var (list, refusal) = await board.ListAsync(http.User, new InstructionBoard.ListRequest(department, mine == true, only, subjectId, state, number, pageSize ?? InstructionBoard.PageSize), ct);
            return list is null ? ProblemResults.Error(StatusCodes.Status403Forbidden, refusal) : Results.Json(InstructionJson.Page(list, number, InstructionJson.Instruction, "instructions"));
        }).WithSummary("领导批示列表（分页 page、pageSize；mine=true 只看本人作出的；filter：Open 办理中 / Overdue 已逾期 / Closed 已办结 / Withdrawn 已撤回；部门填报员只见交办本部门的）");

        api.MapGet("/{id:long}", async (long id, HttpContext http, InstructionBoard board, IInstructionService instructions, CancellationToken ct) =>
        {
            var (view, status, refusal) = await board.ReadAsync(http.User, id, ct);
            if (view is null)
            {
                return ProblemResults.Error(status, refusal);
            }
            var audit = await instructions.AuditAsync(id, ct);
            return Results.Json(new { instruction = InstructionJson.Instruction(view), audit = audit.Select(InstructionJson.Audit) });
        }).WithSummary("批示详情：内容、责任部门、办理时限、答复与留痕");

        api.MapPost("", async (WriteRequest body, HttpContext http, InstructionBoard board, CancellationToken ct) =>
        {
            if (!ProblemResults.TryDate(body.DueOn, "办理时限", out var due, out var problem))
            {
                return problem!;
            }
            var (outcome, status) = await board.WriteAsync(http.User, body.Kind, body.SubjectId, new InstructionDraft(body.Text, body.OwnerDepartment, due), ct);
            return outcome.Value is { } view
                ? Results.Json(InstructionJson.Instruction(view), statusCode: StatusCodes.Status201Created)
                : status == StatusCodes.Status403Forbidden ? ProblemResults.Error(status, outcome.Problems[0].Message) : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);
        }).RequireAuthorization(p => p.RequireRole(InstructionAccess.WriteRoles.Split(',')))
          .WithSummary("作出批示（kind：PlanProject 年度计划项目 / Deal 招商项目 / Approval 审批事项，subjectId，text，ownerDepartment 责任部门（默认为对象所属部门），dueOn 办理时限）");

        api.MapGet("/subjects", async (string? kind, string? search, HttpContext http, SubjectCatalog subjects, CancellationToken ct) =>
        {
            if (!SubjectCatalog.TryParseKind(kind, out var parsed) || subjects.Of(parsed) is not { } source)
            {
                return ProblemResults.Error(StatusCodes.Status400BadRequest, $"kind：“{kind}”不是可批示的对象类别，应为：{string.Join("、", subjects.Kinds)}");
            }
            var found = await source.SearchAsync(search, http.User.DisplayName(), 50, ct);
            return Results.Json(new { kind = parsed.ToString(), subjects = found.Select(s => new { id = s.Id, title = s.Title, department = s.Department, link = s.Link }) });
        }).RequireAuthorization(p => p.RequireRole(InstructionAccess.WriteRoles.Split(',')))
          .WithSummary("可批示的记录（kind 类别，search 名称包含；市领导首先得到本人包抓的项目；至多 50 条）");

        api.MapPost("/{id:long}/answers", async (long id, AnswerRequest body, HttpContext http, InstructionBoard board, CancellationToken ct) =>
        {
            var (outcome, status) = await board.AnswerAsync(http.User, id, new AnswerDraft(body.Text, body.Closes), body.Version, ct);
            if (outcome.Value is { } view)
            {
                return Results.Json(InstructionJson.Instruction(view));
            }
            return status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound
                ? ProblemResults.Error(status, outcome.Problems[0].Message)
                : outcome.Missing ? ProblemResults.Error(StatusCodes.Status404NotFound, $"没有编号为 {id} 的批示") : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);
        }).RequireAuthorization(p => p.RequireRole(InstructionAccess.AnswerRoles.Split(',')))
          .WithSummary("责任部门答复批示（text，closes=true 同时办结，version 为读取时的版本）");

        // Its own group: an administrator may change an instruction without being one of its readers.
        var manage = app.MapGroup("/api/instructions").RequireAuthorization(p => p.RequireRole(InstructionAccess.ManageRoles.Split(',')));

        manage.MapPut("/{id:long}", async (long id, EditRequest body, HttpContext http, InstructionBoard board, CancellationToken ct) =>
        {
            if (!ProblemResults.TryDate(body.DueOn, "办理时限", out var due, out var problem))
            {
                return problem!;
            }
            var (outcome, status) = await board.UpdateAsync(http.User, id, new InstructionDraft(body.Text, body.OwnerDepartment, due), body.Version, ct);
            return Changed(outcome, status);
        }).WithSummary("修改批示（仅作出批示的领导或管理员；text 批示内容，ownerDepartment 责任部门，dueOn 办理时限，version 为读取时的版本；责任部门已答复、已办结或已撤回的不能修改）");

        manage.MapPost("/{id:long}/withdraw", async (long id, WithdrawRequest body, HttpContext http, InstructionBoard board, CancellationToken ct) =>
        {
            var (outcome, status) = await board.WithdrawAsync(http.User, id, body.Reason, body.Version, ct);
            return Changed(outcome, status);
        }).WithSummary("撤回批示（仅作出批示的领导或管理员；reason 撤回理由，version 为读取时的版本；撤回后保留记录，显示为已撤回，不再计入逾期和提醒）");

        var notifications = app.MapGroup("/api/notifications").RequireAuthorization();

        notifications.MapGet("", async (bool? unread, int? page, int? pageSize, HttpContext http, ReminderRun run, INotificationCentre centre, CancellationToken ct) =>
        {
            var login = http.User.Login();
            await run.RefreshAsync(login, ct);
            var number = Math.Max(1, page ?? 1);
            var size = Math.Clamp(pageSize ?? NotificationPageSize, 1, 100);
            var list = await centre.ListAsync(login, unread == true, (number - 1) * size, size, ct);
            var body = (Dictionary<string, object>)InstructionJson.Page(list, number, InstructionJson.Notification, "notifications");
            body["unread"] = await centre.UnreadCountAsync(login, ct);
            return Results.Json(body);
        }).WithSummary("本人的通知与提醒（分页 page、pageSize；unread=true 只看未读）：储备截止、调度未报、审批时限、批示逾期、退回修改");

        notifications.MapPost("/{id:long}/read", async (long id, HttpContext http, INotificationCentre centre, CancellationToken ct) =>
            await centre.MarkReadAsync(http.User.Login(), id, ct)
                ? Results.Json(new { id, read = true, unread = await centre.UnreadCountAsync(http.User.Login(), ct) })
                : ProblemResults.Error(StatusCodes.Status404NotFound, $"没有编号为 {id} 的本人通知"))
            .WithSummary("将本人的一条通知标为已读");

        notifications.MapPost("/read-all", async (HttpContext http, INotificationCentre centre, CancellationToken ct) =>
            Results.Json(new { marked = await centre.MarkAllReadAsync(http.User.Login(), ct), unread = 0 }))
            .WithSummary("将本人的全部通知标为已读");
    }

    public const int NotificationPageSize = 20;

    private static IResult Changed(Outcome<InstructionView> outcome, int status) => outcome.Value is { } view
        ? Results.Json(InstructionJson.Instruction(view))
        : status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound
            ? ProblemResults.Error(status, outcome.Problems.FirstOrDefault()?.Message ?? "没有该批示")
            : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);
}
