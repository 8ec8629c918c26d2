using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Promotion;
using Reserve.WebKit.Security;

namespace Reserve.Promotion.Web.Pages.Promotion;

/// <summary>The 招商 events (兰洽会 sessions, 推介会, 集中签约…), newest first, a page at a time, with how many deals each signed.</summary>
[Authorize(Roles = DepartmentRecordAccess.ReadRoles)]
internal sealed class EventsModel(IPromotionService promotion) : PageModel
{
    [BindProperty(Name = "p", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public Page<EventSummary> Events { get; private set; } = new([], 0);
    public int PageCount => Math.Max(1, (Events.Total + PromotionBoard.PageSize - 1) / PromotionBoard.PageSize);
    public bool MayAdd => User.Role() is Accounts.Role.DepartmentClerk or Accounts.Role.Reviewer;
    public bool MayEdit => PromotionBoard.EventEditRefusal(User) is null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Events = await promotion.EventPageAsync((PageNumber - 1) * PromotionBoard.PageSize, PromotionBoard.PageSize, cancellationToken);
    }
}
