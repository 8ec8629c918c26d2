using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Dispatch;
using Reserve.WebKit.Security;

namespace Reserve.Dispatch.Web.Pages.Dispatch;

/// <summary>Projects planned to start this year that have not: 症结, 措施, and the 倒排工期 with overdue milestones flagged.</summary>
[Authorize(Policy = Policies.Dashboards)]
internal sealed class NotStartedModel(IDispatchService dispatch, DispatchAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }

    public DateOnly Date { get; private set; }
    public IReadOnlyList<NotStartedProject> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Date = AsOf ?? access.Today;
        var scope = User.ScopeDepartment();
        Items = (await dispatch.NotStartedAsync(Date, cancellationToken)).Where(n => scope is null || n.Project.Department == scope).ToList();
    }
}
