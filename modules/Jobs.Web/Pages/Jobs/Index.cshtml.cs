using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Accounts;
using Reserve.Channels;
using Reserve.WebKit.Security;
using Reserve.Jobs;

namespace Reserve.Jobs.Web.Pages.Jobs;

/// <summary>
/// Long work in the background: re-matching everything, a batch of documents, a big import. The page shows
/// each job's progress (updated by site.js) and stays usable while they run.
/// </summary>
[Authorize(Policy = Policies.ReadReserve)]
internal sealed class IndexModel(IJobQueue queue, ChannelCatalog catalog) : PageModel
{
    public IReadOnlyList<JobInfo> Jobs { get; private set; } = [];
    public bool IsReviewer => User.Role() == Role.Reviewer;
    public bool IsLeader => User.Role() == Role.CityLeader;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Jobs = await queue.RecentAsync(IsReviewer ? null : User.Login(), 50, cancellationToken);

    public async Task<IActionResult> OnPostRematchAsync(CancellationToken cancellationToken)
    {
        if (!IsReviewer)
        {
            return Forbid();
        }
        var job = await JobStarts.RematchAsync(queue, catalog, User, cancellationToken);
        TempData["Flash"] = $"已开始：重新匹配全部项目（任务 {job.Id}）";
        return Redirect("/jobs");
    }

    public async Task<IActionResult> OnPostDocumentsAsync(CancellationToken cancellationToken)
    {
        if (IsLeader)
        {
            return Forbid();
        }
        var job = await JobStarts.DocumentsAsync(queue, User, cancellationToken);
        TempData["Flash"] = $"已开始：批量生成申报材料（任务 {job.Id}）";
        return Redirect("/jobs");
    }
}
