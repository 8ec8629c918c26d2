using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Promotion;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Web.Forms;
using Reserve.WebKit.Security;

namespace Reserve.Promotion.Web.Pages.Promotion;

/// <summary>
/// Enter a new deal or edit one: what it is, who invests, the event it was signed at, 招商方式, 园区, 产业链 and its
/// link, and the 跟踪责任人 chosen from the accounts. A clerk enters the department's own deals; 发改委 reviewers
/// any. On a refusal the form comes back as typed, each problem beside its field; nothing is stored.
/// </summary>
[Authorize(Roles = DepartmentRecordAccess.EditRoles)]
internal sealed class DealEditModel(PromotionBoard board, DealWriter writer, IPromotionService promotion) : PageModel
{
    [BindProperty] public DealForm Form { get; set; } = new();
    [BindProperty] public int? Version { get; set; }

    public long Id { get; private set; }
    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];
    public IReadOnlyList<(string Group, string Name)> Followers { get; private set; } = [];
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public IReadOnlyList<string> Parks { get; private set; } = [];
    public IReadOnlyList<string> Chains { get; private set; } = [];
    public string? Error { get; private set; }
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public DateOnly Today => board.Today;
    public bool IsClerk => User.Role() == Accounts.Role.DepartmentClerk;

    /// <summary>The fields the form shows problems beside; any other problem is listed at the top.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        "项目名称", "投资方", "投资方统一社会信用代码", "所属产业", "跟踪部门", "跟踪责任人", "签约活动", "签约投资额", "行政区划代码",
        "建设内容", "招商方式", "落地园区", "产业链", "产业链环节", "起始阶段", "起始日期", "日期",
    };

    public (string, IReadOnlyList<Problem>) P(string field) => (field, Problems);

    public async Task<IActionResult> OnGetAsync(long? id, long? eventId, CancellationToken cancellationToken)
    {
        if (id is { } existing)
        {
            var allowed = await board.EditAsync(User, existing, cancellationToken);
            if (allowed.Deal is not { } stored)
            {
                return this.Refuse(allowed.Status, allowed.Refusal!);
            }
            (Id, Form, Version) = (existing, DealForm.From(stored.Deal), stored.Version);
        }
        else
        {
            Form = new DealForm
            {
                Department = User.ScopeDepartment(), FollowedBy = IsClerk ? User.DisplayName() : null,
                EventId = eventId?.ToString(System.Globalization.CultureInfo.InvariantCulture), Stage = nameof(DealStage.Lead), Since = FormText.Date(Today),
            };
        }
        await ChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken cancellationToken)
    {
        Id = id ?? 0;
        if (IsClerk)
        {
            // A clerk's deals are the department's: the field is shown read-only and never taken from the request.
            Form.Department = User.Department();
        }
        var (draft, problems) = Form.ToDraft();
        DealWrite written;
        if (Id == 0)
        {
            var (stage, since) = Form.Start(Today, problems);
            written = await writer.CreateAsync(User, draft, stage, since, problems, cancellationToken);
        }
        else
        {
            written = await writer.UpdateAsync(User, Id, draft, Version, problems, cancellationToken);
        }
        if (written.Deal is { } saved)
        {
            TempData["Flash"] = Id == 0 ? $"已新建招商项目“{saved.Deal.Name}”" : $"已保存招商项目“{saved.Deal.Name}”";
            return Redirect($"/promotion/deals/{saved.Deal.Id}");
        }
        if (written.Refusal is { } refusal)
        {
            return this.Refuse(written.Status, refusal);
        }
        await ChoicesAsync(cancellationToken);
        Problems = written.Problems;
        Error = written.Conflict is { } conflict ? conflict : $"有 {written.Problems.Count} 处需要修改，招商项目未保存";
        Response.StatusCode = written.Conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task ChoicesAsync(CancellationToken cancellationToken)
    {
        Events = await promotion.EventsAsync(cancellationToken);
        var followers = await board.AllFollowersAsync(cancellationToken);
        Followers = IsClerk ? followers.Where(f => f.Group == User.Department() || f.Group == PromotionBoard.ReviewerGroup).ToList() : followers;
        Departments = await board.DepartmentsAsync(cancellationToken);
        Parks = await promotion.ValuesAsync(DealDimension.Park, cancellationToken);
        Chains = await promotion.ValuesAsync(DealDimension.Chain, cancellationToken);
    }
}
