using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Accounts;
using Reserve.Channels;
using Reserve.WebKit.Security;
using Reserve.Matching;
using Reserve.Projects;
using Reserve.Review;
using Reserve.Sdk.Channels;

namespace Reserve.Projects.Web.Pages.Projects;

/// <summary>
/// One project: its record, its channels ranked with every rule's reason and what is missing, its
/// documents, its review and its change history. Reviewers accept or return it here.
/// </summary>
[Authorize(Policy = Policies.ReadReserve)]
internal sealed class DetailModel(ProjectAccess access, IMatchResults results, IReview review, IProjectReserve reserve, ChannelCatalog catalog,
    Reserve.Documents.Web.DocumentService documents, Reserve.Planning.NearMissFinder nearMisses, TimeProvider clock,
    ProjectFormSource form, ProjectWithdrawing withdrawing) : PageModel
{
    [BindProperty] public string? Reason { get; set; }

    /// <summary>The version the clerk saw, posted with 撤回 / 恢复.</summary>
    [BindProperty] public int? Version { get; set; }

    /// <summary>The 撤回理由 typed (kept when the withdrawal is refused).</summary>
    [BindProperty] public string? WithdrawReason { get; set; }

    public StoredProject Project { get; private set; } = null!;
    public IReadOnlyList<MatchResult> Matches { get; private set; } = [];
    public ProjectReview? Review { get; private set; }
    public ProjectDecision? Decision { get; private set; }
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    /// <summary>怎样才能符合: the cheapest verified changes that make a channel fit, as of the stored results' date.</summary>
    public IReadOnlyList<Reserve.Planning.NearMiss> NearMisses { get; private set; } = [];
    public bool MayEdit { get; private set; }

    /// <summary>Why a clerk of the project's department cannot change it now, and what to do (null: they can, or they are not its clerk).</summary>
    public string? Locked { get; private set; }

    /// <summary>The clerk may withdraw the project (or restore it when withdrawn): the same moments as editing it.</summary>
    public bool MayWithdraw { get; private set; }
    public bool IsReviewer => User.Role() == Role.Reviewer;
    public string? Problem { get; private set; }

    public IReadOnlyList<TemplateDescriptor> TemplatesOf(string channelId) => catalog.Find(channelId)?.Definition.Templates ?? [];

    /// <summary>
    /// A channel the project does not fit, whose evaluation failed, or whose programme has ended gets no application
    /// document; 待核实 does (the clerk checks the rule against the year's notice while preparing it).
    /// </summary>
    public bool DocumentMakesSense(MatchResult match) =>
        match.Verdict is MatchVerdict.Eligible or MatchVerdict.NeedsInformation or MatchVerdict.Unconfirmed && !HasEnded(match.ChannelId);

    /// <summary>The channel's programme ended before today (e.g. the 2020 抗疫特别国债): listed last and greyed.</summary>
    public bool HasEnded(string channelId) => ChannelPeriods.HasEnded(catalog.Find(channelId)?.Definition, access.Today);

    /// <summary>Where the clerk fills a missing fact (null when they cannot edit now, or the form has no such field).</summary>
    public string? FieldLink(MissingFact fact) =>
        MayEdit && form.Form.FieldOfFact(fact.Key) is { } field ? ProjectFormPage.EditLink(Project.Record.Id!, field.Header) : null;

    /// <summary>The form's label of a missing fact (用地面积（亩）, 前期工作-环评批复 → 环评批复（前期工作）).</summary>
    public string FactLabel(MissingFact fact) => form.Form.FieldOfFact(fact.Key) is { } field ? Readable(field.Label) : Readable(fact.Label);

    /// <summary>Where the clerk fills what shows a missing material (the field its evidence names).</summary>
    public string? MaterialLink(MissingMaterial material) =>
        MayEdit && form.Form.FieldNamedIn(material.Evidence) is { } field ? ProjectFormPage.EditLink(Project.Record.Id!, field.Header) : null;

    /// <summary>A column name as a person says it: 前期工作-环评批复 → 环评批复（前期工作）.</summary>
    public static string Readable(string label)
    {
        foreach (var prefix in new[] { "前期工作", "资金来源" })
        {
            if (label.StartsWith(prefix + "-", StringComparison.Ordinal))
            {
                return $"{label[(prefix.Length + 1)..]}（{prefix}）";
            }
        }
        return label;
    }

    /// <summary>Null when the 正式稿 can be made; otherwise what is missing for it.</summary>
    public IReadOnlyList<string>? FinalProblems(MatchResult match, TemplateDescriptor template) =>
        documents.FinalProblems(Project.Record, match.ChannelId, template, match, HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostAcceptAsync(string id, CancellationToken cancellationToken) =>
        DecideAsync(id, ProjectReviewStatus.Accepted, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(string id, CancellationToken cancellationToken) =>
        DecideAsync(id, ProjectReviewStatus.Returned, cancellationToken);

    public async Task<IActionResult> OnPostWithdrawAsync(string id, CancellationToken cancellationToken)
    {
        var result = await withdrawing.WithdrawAsync(User, id, Version, WithdrawReason, cancellationToken);
        return await AfterAsync(id, result, "已撤回该项目：不再计入储备清单和汇总，可随时恢复", cancellationToken);
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, CancellationToken cancellationToken)
    {
        var result = await withdrawing.RestoreAsync(User, id, Version, cancellationToken);
        return await AfterAsync(id, result, "已恢复该项目，重新计入储备清单和汇总", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(string id, ProjectEditResult result, string done, CancellationToken cancellationToken)
    {
        if (result.Saved is not null)
        {
            TempData["Flash"] = done;
            return Redirect($"/projects/{Uri.EscapeDataString(id)}");
        }
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        Problem = result.Problems.Count > 0 ? string.Join("；", result.Problems.Select(p => p.Message)) : result.Problem;
        Response.StatusCode = result.Status;
        return Page();
    }

    private async Task<IActionResult> DecideAsync(string id, ProjectReviewStatus decision, CancellationToken cancellationToken)
    {
        if (!IsReviewer)
        {
            return Forbid();
        }
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        var outcome = await review.DecideAsync(access.ReserveYear, id, Project.Record.Department, decision, Reason, User.AuditName(), cancellationToken);
        if (!outcome.Succeeded)
        {
            Problem = outcome.Problem;
            return Page();
        }
        TempData["Flash"] = decision == ProjectReviewStatus.Accepted ? "已受理该项目" : "已退回该项目，部门可修改后重新报审";
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var read = await access.ReadAsync(User, id, cancellationToken);
        if (read.Project is null)
        {
            return this.Refuse(read.Status, read.Problem!);
        }
        Project = read.Project;
        Matches = await results.ForProjectAsync(id, cancellationToken);
        Review = await review.ReviewOfAsync(id, cancellationToken);
        Decision = await review.ProjectDecisionAsync(id, cancellationToken);
        Audit = await reserve.AuditAsync(id, cancellationToken);
        NearMisses = nearMisses.Find(Project.Record, Matches.FirstOrDefault()?.AsOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var clerk = User.Role() == Role.DepartmentClerk;
        var problem = clerk ? await access.EditProblemAsync(User, Project.Record, Project.Record, cancellationToken) : null;
        Locked = problem;
        MayWithdraw = clerk && problem is null;
        MayEdit = MayWithdraw && Project.Withdrawal is null;
        Matches = Rank(Matches, HasEnded);
        return null;
    }

    /// <summary>
    /// Channels by answer first (符合, 待核实, 待补充信息, 不符合, errors), then by score within each; a channel whose
    /// programme has ended comes last whatever its answer.
    /// </summary>
    public static IReadOnlyList<MatchResult> Rank(IEnumerable<MatchResult> matches, Func<string, bool>? ended = null) =>
        matches.OrderBy(m => ended?.Invoke(m.ChannelId) == true)
            .ThenBy(m => m.Verdict switch
            {
                MatchVerdict.Eligible => 0,
                MatchVerdict.Unconfirmed => 1,
                MatchVerdict.NeedsInformation => 2,
                MatchVerdict.Ineligible => 3,
                _ => 4,
            })
            .ThenByDescending(m => m.Score)
            .ThenBy(m => m.ChannelName, StringComparer.Ordinal)
            .ToList();
}
