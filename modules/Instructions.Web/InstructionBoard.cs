using System.Security.Claims;
using Reserve.Accounts;

namespace Reserve.Instructions.Web;

/// <summary>
/// What pages and endpoints share: the instructions a user may see (a clerk only their department's), writing one on
/// a subject found through its module, and answering one, each checked against <see cref="InstructionAccess"/>.
/// </summary>
internal sealed class InstructionBoard(IInstructionService instructions, SubjectCatalog subjects, IAccounts accounts)
{
    public const int PageSize = 20;

    public sealed record ListRequest(string? Department, bool Mine, SubjectKind? Kind, string? SubjectId, InstructionFilter Filter, int Page, int PageSize = InstructionBoard.PageSize);

    /// <summary>A page of the instructions the user may see; a clerk asking for another department is refused.</summary>
    public async Task<(Page<InstructionView>? Page, string? Refusal)> ListAsync(ClaimsPrincipal user, ListRequest request, CancellationToken cancellationToken)
    {
        var (department, refusal) = DepartmentRecordAccess.ListScope(user, request.Department);
        if (refusal is not null)
        {
            return (null, refusal);
        }
        var size = Math.Clamp(request.PageSize, 1, 100);
        var query = new InstructionQuery(department, request.Mine ? user.Login() : null, request.Kind, request.SubjectId, request.Filter, (Math.Max(1, request.Page) - 1) * size, size);
        return (await instructions.ListAsync(query, cancellationToken), null);
    }

    public async Task<(InstructionView? View, int Status, string? Refusal)> ReadAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var view = await instructions.FindAsync(id, cancellationToken);
        if (view is null)
        {
            return (null, StatusCodes.Status404NotFound, $"没有编号为 {id} 的批示");
        }
        return InstructionAccess.MayRead(user, view) ? (view, StatusCodes.Status200OK, null) : (null, StatusCodes.Status403Forbidden, "无权查看交办给其他部门的批示");
    }

    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken cancellationToken) =>
        (await accounts.DepartmentsAsync(cancellationToken)).Where(d => d.Active).Select(d => d.Name).ToList();

    /// <summary>Writes an instruction; the subject is looked up through its module (problems name the field).</summary>
    public async Task<(Outcome<InstructionView> Outcome, int Status)> WriteAsync(ClaimsPrincipal user, string? kindText, string? subjectId, InstructionDraft draft, CancellationToken cancellationToken)
    {
        if (!InstructionAccess.MayWrite(user))
        {
            return (Outcome<InstructionView>.Refused([new Problem("批示", "只有市领导和发改委可以作出批示")]), StatusCodes.Status403Forbidden);
        }
        var problems = new List<Problem>();
        InstructionSubject? subject = null;
        if (!SubjectCatalog.TryParseKind(kindText, out var kind) || subjects.Of(kind) is not { } source)
        {
            var kinds = string.Join("、", subjects.Kinds.Select(k => Reserve.Sdk.Projects.ZhNames<SubjectKind>.Of(k)));
            problems.Add(new Problem("批示对象类别", string.IsNullOrWhiteSpace(kindText) ? $"请选择批示对象类别（{kinds}）" : $"“{kindText}”不是可批示的对象类别，应为：{kinds}"));
        }
        else if (string.IsNullOrWhiteSpace(subjectId))
        {
            problems.Add(new Problem("批示对象", $"请选择要批示的{Reserve.Sdk.Projects.ZhNames<SubjectKind>.Of(kind)}"));
        }
        else if ((subject = await source.FindAsync(subjectId.Trim(), cancellationToken)) is null)
        {
            problems.Add(new Problem("批示对象", $"没有编号为 {subjectId.Trim()} 的{Reserve.Sdk.Projects.ZhNames<SubjectKind>.Of(kind)}"));
        }
        if (problems.Count > 0)
        {
            // The draft's own fields are checked too, so the form shows every problem at once.
            var own = instructions.Check(draft with { OwnerDepartment = draft.OwnerDepartment ?? subject?.Department }, await DepartmentsAsync(cancellationToken));
            return (Outcome<InstructionView>.Refused([.. problems, .. own]), StatusCodes.Status400BadRequest);
        }
        var outcome = await instructions.CreateAsync(subject!, draft with { OwnerDepartment = string.IsNullOrWhiteSpace(draft.OwnerDepartment) ? subject!.Department : draft.OwnerDepartment },
            await DepartmentsAsync(cancellationToken), InstructionAccess.ActorOf(user), cancellationToken);
        return (outcome, outcome.Succeeded ? StatusCodes.Status201Created : StatusCodes.Status400BadRequest);
    }

    public async Task<(Outcome<InstructionView> Outcome, int Status)> AnswerAsync(ClaimsPrincipal user, long id, AnswerDraft draft, int version, CancellationToken cancellationToken)
    {
        var (view, status, refusal) = await ReadAsync(user, id, cancellationToken);
        if (view is null)
        {
            return (Outcome<InstructionView>.Refused([new Problem("批示", refusal!)]), status);
        }
        if (InstructionAccess.AnswerRefusal(user, view) is { } cannot)
        {
            return (Outcome<InstructionView>.Refused([new Problem("答复", cannot)]), StatusCodes.Status403Forbidden);
        }
        var outcome = await instructions.AnswerAsync(id, draft, version, InstructionAccess.ActorOf(user), cancellationToken);
        return (outcome, outcome.Succeeded ? StatusCodes.Status200OK : outcome.Conflict is not null ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
    }

    /// <summary>An instruction its author (or an administrator) is about to change; others are refused.</summary>
    public async Task<(InstructionView? View, int Status, string? Refusal)> ReadToManageAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var view = await instructions.FindAsync(id, cancellationToken);
        if (view is null)
        {
            return (null, StatusCodes.Status404NotFound, $"没有编号为 {id} 的批示");
        }
        return InstructionAccess.ManageRefusal(user, view) is { } refusal ? (null, StatusCodes.Status403Forbidden, refusal) : (view, StatusCodes.Status200OK, null);
    }

    public Task<(Outcome<InstructionView> Outcome, int Status)> UpdateAsync(ClaimsPrincipal user, long id, InstructionDraft draft, int version, CancellationToken cancellationToken) =>
        ManageAsync(user, id, async ct => await instructions.UpdateAsync(id, draft, await DepartmentsAsync(ct), version, InstructionAccess.ActorOf(user), ct), cancellationToken);

    public Task<(Outcome<InstructionView> Outcome, int Status)> WithdrawAsync(ClaimsPrincipal user, long id, string? reason, int version, CancellationToken cancellationToken) =>
        ManageAsync(user, id, ct => instructions.WithdrawAsync(id, reason, version, InstructionAccess.ActorOf(user), ct), cancellationToken);

    private async Task<(Outcome<InstructionView> Outcome, int Status)> ManageAsync(ClaimsPrincipal user, long id, Func<CancellationToken, Task<Outcome<InstructionView>>> change, CancellationToken cancellationToken)
    {
        var (view, status, refusal) = await ReadToManageAsync(user, id, cancellationToken);
        if (view is null)
        {
            return (Outcome<InstructionView>.Refused([new Problem("批示", refusal!)]), status);
        }
        var outcome = await change(cancellationToken);
        return (outcome, StatusOf(outcome));
    }

    private static int StatusOf(Outcome<InstructionView> outcome) => outcome switch
    {
        { Succeeded: true } => StatusCodes.Status200OK,
        { Missing: true } => StatusCodes.Status404NotFound,
        { Conflict: not null } => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
