using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Instructions.Mail;
using Reserve.Instructions.Notifications;
using Reserve.Instructions.Web.Reminders;

namespace Reserve.Instructions.Web.Pages.Notifications;

/// <summary>
/// 通知中心: the signed-in user's reminders, newest first, paginated; each marked read when opened or by the buttons;
/// and the address they are e-mailed to when the site has an SMTP server configured.
/// </summary>
internal sealed class IndexModel(ReminderRun run, INotificationCentre centre, NotificationMailer mailer) : PageModel
{
    public const int PageSize = InstructionEndpoints.NotificationPageSize;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public bool Unread { get; set; }
    [BindProperty] public string? MailAddress { get; set; }
    [BindProperty] public int MailVersion { get; set; }

    public Page<NotificationView> List { get; private set; } = new([], 0, 0, PageSize);
    public int Pages => Math.Max(1, (List.Total + PageSize - 1) / PageSize);
    public int UnreadCount { get; private set; }
    public bool MailEnabled => mailer.Enabled;
    public string? MailProblem { get; private set; }
    public string? MailConflict { get; private set; }

    /// <summary>The user's own address changes; nobody else's is ever read here.</summary>
    public IReadOnlyList<MailAuditEntry> MailAudit { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await run.RefreshAsync(User.Login(), cancellationToken);
        await LoadAsync(cancellationToken);
        var setting = await centre.MailSettingAsync(User.Login(), cancellationToken);
        (MailAddress, MailVersion) = (setting.Address, setting.Version);
    }

    /// <summary>Marks one read and goes where it points.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken cancellationToken)
    {
        if (!await centre.MarkReadAsync(User.Login(), id, cancellationToken))
        {
            return this.Refuse(StatusCodes.Status404NotFound, $"没有编号为 {id} 的本人通知");
        }
        var link = (await centre.ListAsync(User.Login(), false, 0, 200, cancellationToken)).Items.FirstOrDefault(n => n.Id == id)?.Link;
        return LocalRedirect(link is not null && link.StartsWith('/') ? link : "/notifications");
    }

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken cancellationToken)
    {
        if (!await centre.MarkReadAsync(User.Login(), id, cancellationToken))
        {
            return this.Refuse(StatusCodes.Status404NotFound, $"没有编号为 {id} 的本人通知");
        }
        return Redirect($"/notifications?p={PageNumber}&unread={Unread}");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var marked = await centre.MarkAllReadAsync(User.Login(), cancellationToken);
        TempData["Flash"] = $"已将 {marked} 条通知标为已读";
        return Redirect("/notifications");
    }

    public async Task<IActionResult> OnPostMailAsync(CancellationToken cancellationToken)
    {
        var outcome = await centre.SetMailAddressAsync(User.Login(), MailAddress, MailVersion, InstructionAccess.ActorOf(User), cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = outcome.Value!.Address is null ? "已清除通知邮箱，不再发送邮件提醒" : "已保存通知邮箱";
            return Redirect("/notifications");
        }
        await LoadAsync(cancellationToken);
        if (outcome.Conflict is not null)
        {
            // What is stored now is shown, so the user compares before saving again.
            MailConflict = outcome.Conflict;
            var now = await centre.MailSettingAsync(User.Login(), cancellationToken);
            (MailAddress, MailVersion) = (now.Address, now.Version);
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        MailProblem = outcome.Problems[0].Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        List = await centre.ListAsync(User.Login(), Unread, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
        UnreadCount = await centre.UnreadCountAsync(User.Login(), cancellationToken);
        MailAudit = await centre.MailAuditAsync(User.Login(), 10, cancellationToken);
    }

    public string PageLink(int page) => $"/notifications?p={page}&unread={Unread}";
}
