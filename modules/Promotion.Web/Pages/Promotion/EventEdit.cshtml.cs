using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Promotion;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Web.Forms;
using Reserve.WebKit.Security;

namespace Reserve.Promotion.Web.Pages.Promotion;

/// <summary>
/// Register a 招商 event (any clerk or reviewer) or change one (reviewers: every department's deals point at it).
/// On a refusal the form comes back as typed with each problem beside its field.
/// </summary>
[Authorize(Roles = DepartmentRecordAccess.EditRoles)]
internal sealed class EventEditModel(IPromotionService promotion) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? HeldOn { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public int? Version { get; set; }

    public long Id { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public (string, IReadOnlyList<Problem>) P(string field) => (field, Problems);

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken cancellationToken)
    {
        if (id is not { } existing)
        {
            return Page();
        }
        if (PromotionBoard.EventEditRefusal(User) is { } refusal)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, refusal);
        }
        if (await promotion.FindEventAsync(existing, cancellationToken) is not { } stored)
        {
            return this.Refuse(StatusCodes.Status404NotFound, $"没有编号为 {existing} 的招商活动");
        }
        (Id, Name, Kind, HeldOn, Place, Version) = (existing, stored.Event.Name, stored.Event.Kind, FormText.Date(stored.Event.HeldOn), stored.Event.Place, stored.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken cancellationToken)
    {
        Id = id ?? 0;
        if (Id != 0)
        {
            if (PromotionBoard.EventEditRefusal(User) is { } refusal)
            {
                return this.Refuse(StatusCodes.Status403Forbidden, refusal);
            }
            if (await promotion.FindEventAsync(Id, cancellationToken) is null)
            {
                return this.Refuse(StatusCodes.Status404NotFound, $"没有编号为 {Id} 的招商活动");
            }
        }
        var problems = new List<Problem>();
        var heldOn = FormText.Day(HeldOn, "举办日期", problems);
        var promotionEvent = new PromotionEvent { Id = Id, Name = Name ?? "", Kind = Kind, HeldOn = heldOn ?? default, Place = Place };
        // A date that could not be read is reported as typed, not again as missing.
        Outcome<StoredEvent>? outcome = null;
        if (problems.Count == 0)
        {
            outcome = await promotion.SaveEventAsync(promotionEvent, Id == 0 ? null : Version, User.AuditName(), cancellationToken);
            if (outcome.Value is { } saved)
            {
                TempData["Flash"] = $"已保存招商活动“{saved.Event.Name}”";
                return Redirect("/promotion/events");
            }
            problems.AddRange(outcome.Problems);
        }
        Problems = problems;
        Error = outcome?.Conflict ?? $"有 {problems.Count} 处需要修改，招商活动未保存";
        Response.StatusCode = outcome?.Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return Page();
    }
}
