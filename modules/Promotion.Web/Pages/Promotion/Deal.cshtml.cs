using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.WebKit.Security;
using Reserve.Promotion;
using Reserve.Promotion.Deals;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Promotion.Web.Pages.Promotion;

/// <summary>
/// One deal: its dated history and funds; for those who may change it, moving it to another stage on a date,
/// recording funds, and turning a landed deal into a reserve project without re-typing.
/// </summary>
[Authorize(Roles = DepartmentRecordAccess.ReadRoles)]
internal sealed class DealModel(PromotionBoard board, IPromotionService promotion) : PageModel
{
    public StoredDeal? Stored { get; private set; }
    public bool MayEdit { get; private set; }
    public DateOnly Today => board.Today;

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
        return Page();
    }

    public Task<IActionResult> OnPostStageAsync(long id, string? to, DateOnly? on, string? reason, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () =>
        {
            if (!EnumText.TryParse<DealStage>(to, out var stage))
            {
                return (null, EnumText.Problem<DealStage>("阶段", to));
            }
            var outcome = await promotion.MoveStageAsync(id, stage, on ?? board.Today, reason, version, User.AuditName(), cancellationToken);
            return (outcome, $"已将阶段变更为“{ZhNames<DealStage>.Of(stage)}”");
        }, cancellationToken);

    public Task<IActionResult> OnPostFundsAsync(long id, DateOnly? on, decimal amount, string? note, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () =>
        {
            var outcome = await promotion.AddFundsAsync(id, new FundArrival { On = on ?? board.Today, Amount = amount, Note = note }, version, User.AuditName(), cancellationToken);
            return (outcome, $"已登记到位资金 {ZhFormat.Wan(amount)}");
        }, cancellationToken);

    public Task<IActionResult> OnPostConvertAsync(long id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () =>
        {
            var outcome = await promotion.ConvertToProjectAsync(id, version, User.AuditName(), null, cancellationToken);
            return (outcome, outcome.Value is { } v ? $"已转入储备库，储备编号 {v.Deal.ProjectId}" : "");
        }, cancellationToken);

    /// <summary>Checks the user may change the deal, runs the change, and shows its outcome as a flash message.</summary>
    private async Task<IActionResult> ChangeAsync(long id, Func<Task<(Outcome<StoredDeal>? Outcome, string Message)>> change, CancellationToken cancellationToken)
    {
        var allowed = await board.EditAsync(User, id, cancellationToken);
        if (allowed.Deal is null)
        {
            return this.Refuse(allowed.Status, allowed.Refusal!);
        }
        var (outcome, message) = await change();
        if (outcome is { Succeeded: true })
        {
            TempData["Flash"] = message;
        }
        else
        {
            TempData["FlashError"] = outcome is null ? message : outcome.Conflict ?? string.Join("；", outcome.Problems.Select(p => p.ToString()));
        }
        return Redirect($"/promotion/deals/{id}");
    }
}
