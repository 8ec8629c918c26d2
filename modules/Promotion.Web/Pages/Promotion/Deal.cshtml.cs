using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.WebKit.Security;
using Reserve.Promotion;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Web.Forms;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Promotion.Web.Pages.Promotion;

/// <summary>
/// One deal: its dated history, funds, 履约核查 and 扶持办法; for those who may change it, moving it to another stage
/// on a date, recording funds, checks and support granted, and turning a landed deal into a reserve project without
/// re-typing. A refused form comes back as typed, each problem beside its field, and nothing is stored.
/// </summary>
[Authorize(Roles = DepartmentRecordAccess.ReadRoles)]
internal sealed class DealModel(PromotionBoard board, IPromotionService promotion, TimeProvider clock) : PageModel
{
    public StoredDeal? Stored { get; private set; }
    public bool MayEdit { get; private set; }
    public DateOnly Today => board.Today;

    /// <summary>The form that was refused (stage, funds, check, support), its problems, and what was typed in it.</summary>
    public string? FailedForm { get; private set; }
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public string? Error { get; private set; }

    public string When(DateTime utc) => LocalTimes.Text(utc, clock);

    /// <summary>Who changed the deal and how, newest first.</summary>
    public IReadOnlyList<PromotionAuditEntry> Audit { get; private set; } = [];

    public (string, IReadOnlyList<Problem>) P(string form, string field) => (field, FailedForm == form ? Problems : []);

    /// <summary>What the user typed in <paramref name="name"/> of the refused <paramref name="form"/>, else <paramref name="fallback"/>.</summary>
    public string? Typed(string form, string name, string? fallback = null) => FailedForm == form ? Request.Form[name].ToString() : fallback;

    /// <summary>A landed (or later) deal not yet in the reserve may be turned into a project.</summary>
    public bool MayConvert => MayEdit && Stored is { } s && s.Deal.Stage >= DealStage.Landed && s.Deal.ProjectId is null;

    /// <summary>The stage a forward move goes to by default: the next one.</summary>
    public DealStage? NextStage => Stored is { } s && s.Deal.Stage < DealStage.Producing ? s.Deal.Stage + 1 : null;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var read = await board.ReadAsync(User, id, cancellationToken);
        if (read.Deal is null)
        {
            return this.Refuse(read.Status, read.Refusal!);
        }
        Stored = read.Deal;
        MayEdit = DepartmentRecordAccess.MayEdit(User, read.Deal.Deal.Department);
        Audit = await promotion.DealAuditAsync(id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostStageAsync(long id, string? to, string? on, string? reason, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, "stage", async () =>
        {
            var problems = new List<Problem>();
            var date = FormText.Day(on, "日期", problems);
            if (!EnumText.TryParse<DealStage>(to, out var stage))
            {
                problems.Add(new Problem("阶段", EnumText.Problem<DealStage>("阶段", to)));
            }
            if (problems.Count > 0)
            {
                return (new Outcome<StoredDeal>(null, problems, null), "");
            }
            var outcome = await promotion.MoveStageAsync(id, stage, date ?? board.Today, reason, version, User.AuditName(), cancellationToken);
            return (outcome, $"已将阶段变更为“{ZhNames<DealStage>.Of(stage)}”");
        }, cancellationToken);

    public Task<IActionResult> OnPostFundsAsync(long id, string? on, string? amount, string? note, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, "funds", async () =>
        {
            var problems = new List<Problem>();
            var date = FormText.Day(on, "到位日期", problems);
            var money = FormText.Amount(amount, "到位金额", problems);
            if (money is null && problems.Count == 0)
            {
                problems.Add(new Problem("到位金额", "必填（万元）"));
            }
            if (problems.Count > 0)
            {
                return (new Outcome<StoredDeal>(null, problems, null), "");
            }
            var outcome = await promotion.AddFundsAsync(id, new FundArrival { On = date ?? board.Today, Amount = money!.Value, Note = note }, version, User.AuditName(), cancellationToken);
            return (outcome, $"已登记到位资金 {ZhFormat.Wan(money.Value)}");
        }, cancellationToken);

    public Task<IActionResult> OnPostCheckAsync(long id, string? on, bool onSchedule, string? note, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, "check", async () =>
        {
            var problems = new List<Problem>();
            var date = FormText.Day(on, "核查日期", problems);
            if (problems.Count > 0)
            {
                return (new Outcome<StoredDeal>(null, problems, null), "");
            }
            var outcome = await promotion.AddPerformanceCheckAsync(id, new PerformanceCheck { On = date ?? board.Today, OnSchedule = onSchedule, Note = note }, version, User.AuditName(), cancellationToken);
            return (outcome, $"已登记履约核查：{(onSchedule ? "按合同推进" : "未按合同推进")}");
        }, cancellationToken);

    public Task<IActionResult> OnPostSupportAsync(long id, string? item, string? basis, string? amount, string? grantedOn, string? note, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, "support", async () =>
        {
            var problems = new List<Problem>();
            var money = FormText.Amount(amount, "扶持金额", problems);
            var date = FormText.Day(grantedOn, "兑现日期", problems);
            if (problems.Count > 0)
            {
                return (new Outcome<StoredDeal>(null, problems, null), "");
            }
            var grant = new SupportGrant { Item = item ?? "", Basis = basis ?? "", Amount = money, GrantedOn = date ?? default, Note = note };
            var outcome = await promotion.AddSupportAsync(id, grant, version, User.AuditName(), cancellationToken);
            return (outcome, $"已登记扶持办法“{item?.Trim()}”");
        }, cancellationToken);

    public Task<IActionResult> OnPostConvertAsync(long id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, "convert", async () =>
        {
            var outcome = await promotion.ConvertToProjectAsync(id, version, User.AuditName(), null, cancellationToken);
            return (outcome, outcome.Value is { } v ? $"已转入储备库，储备编号 {v.Deal.ProjectId}" : "");
        }, cancellationToken);

    /// <summary>
    /// Checks the user may change the deal and runs the change: done, back to the page with the message; refused, the
    /// page again with the form as typed and its problems beside the fields (422), or the conflict (409).
    /// </summary>
    private async Task<IActionResult> ChangeAsync(long id, string form, Func<Task<(Outcome<StoredDeal> Outcome, string Message)>> change, CancellationToken cancellationToken)
    {
        var allowed = await board.EditAsync(User, id, cancellationToken);
        if (allowed.Deal is null)
        {
            return this.Refuse(allowed.Status, allowed.Refusal!);
        }
        var (outcome, message) = await change();
        if (outcome.Succeeded)
        {
            TempData["Flash"] = message;
            return Redirect($"/promotion/deals/{id}");
        }
        // Shown against the deal as it is now, so that a retry after a conflict names the current version.
        Stored = await promotion.FindAsync(id, cancellationToken) ?? allowed.Deal;
        MayEdit = true;
        Audit = await promotion.DealAuditAsync(id, cancellationToken);
        (FailedForm, Problems) = (form, outcome.Problems);
        Error = outcome.Conflict ?? string.Join("；", outcome.Problems.Select(p => p.ToString()));
        Response.StatusCode = outcome.Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return Page();
    }
}
