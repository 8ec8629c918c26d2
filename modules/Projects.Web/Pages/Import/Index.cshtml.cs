using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reserve.Projects.Web.Imports;
using Reserve.WebKit.Imports;
using Reserve.WebKit.Security;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Web.Pages.Import;

/// <summary>
/// Import from an XLSX (or JSON) file in the interchange format: first a preview of every row's problems,
/// nothing stored; then the clerk chooses to import nothing, or only the valid rows. The file waits as a draft
/// (<see cref="ImportDraftPage"/>).
/// </summary>
[Authorize(Policy = Policies.EditProjects)]
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
internal sealed class IndexModel(ImportPreviewer previewer, IImportDrafts drafts, IProjectReserve reserve, ProjectAccess access, Reserve.Jobs.IJobQueue queue)
    : ImportDraftPage(drafts)
{
    public const int MaxBytes = 50 * 1024 * 1024;

    /// <summary>Files with more rows than this are stored by a background job, so the page does not wait on them.</summary>
    public const int BackgroundRows = 2000;

    public ImportPreview? Preview { get; private set; }

    /// <summary>Why the department cannot import now (its list is submitted or under review): said at once, not after an upload.</summary>
    public bool Locked { get; private set; }

    protected override string PagePath => "/import";

    protected override string CancelledMessage => "已放弃本次导入，未导入任何项目";

    public override async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Error = await access.EditProblemAsync(User, null, new ProjectRecord { Department = User.Department() ?? "" }, cancellationToken);
        Locked = Error is not null;
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (await ReceiveAsync(file, "请选择要导入的文件（.xlsx 或 .json）", cancellationToken) is not { } content)
        {
            return Page();
        }
        Preview = await previewer.PreviewAsync(User, content, FileName!, cancellationToken);
        await KeepAsync(content, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (await DraftAsync(cancellationToken) is not { } draft)
        {
            return Page();
        }
        if (await access.EditProblemAsync(User, null, new ProjectRecord { Department = User.Department() ?? "" }, cancellationToken) is { } problem)
        {
            Error = problem;
            return Page();
        }
        // Read again: the reserve may have changed since the preview.
        Preview = await previewer.PreviewAsync(User, draft.Content, draft.FileName, cancellationToken);
        if (!Preview.CanImport)
        {
            Error = "没有可以导入的有效行，未导入任何项目";
            return Page();
        }
        if (Preview.Rows.Count > BackgroundRows)
        {
            var job = await Reserve.Projects.Web.Jobs.ImportJob.StartAsync(queue, User, draft.FileName, draft.Content, cancellationToken);
            await DiscardAsync(cancellationToken);
            TempData["Flash"] = $"文件较大（{Preview.Rows.Count} 行），已转入后台导入（任务 {job.Id}），有效的 {Preview.ValidCount} 行将被导入";
            return Redirect("/jobs");
        }
        var outcome = await reserve.ImportAsync(Preview.ValidRecords, User.AuditName(), cancellationToken);
        if (!outcome.Succeeded)
        {
            Error = "导入未完成，未存储任何项目：" + string.Join("；", outcome.Problems.Take(10).Select(p => $"第{p.Row}行【{p.Column}】{p.Message}"));
            return Page();
        }
        await DiscardAsync(cancellationToken);
        var skipped = Preview.InvalidCount;
        TempData["Flash"] = $"已导入 {outcome.Created + outcome.Updated} 个项目（新建 {outcome.Created}，更新 {outcome.Updated}）" + (skipped > 0 ? $"；有问题的 {skipped} 行未导入" : "");
        return Redirect("/projects?sort=UpdatedAt&desc=true");
    }
}
