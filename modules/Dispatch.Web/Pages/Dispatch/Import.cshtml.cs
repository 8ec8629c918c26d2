using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reserve.Dispatch;
using Reserve.Dispatch.Import;
using Reserve.Projects;
using Reserve.WebKit.Imports;
using Reserve.WebKit.Security;

namespace Reserve.Dispatch.Web.Pages.Dispatch;

/// <summary>
/// Import period reports from the sheet departments already fill: a preview lists every row's problems (row,
/// column, reason) and stores nothing; then the clerk imports nothing, or only the valid rows. Only a
/// department's clerk imports, and only the department's projects. The file waits as a draft (<see cref="ImportDraftPage"/>).
/// </summary>
[Authorize(Policy = Policies.EditProjects)]
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
internal sealed class ImportModel(IDispatchService dispatch, IImportDrafts drafts) : ImportDraftPage(drafts)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public ReportImportPreview? Preview { get; private set; }

    protected override string PagePath => "/dispatch/import";

    protected override string CancelledMessage => "已放弃本次导入，未导入任何调度报告";

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (await ReceiveAsync(file, "请选择要导入的调度报告文件（.xlsx）", cancellationToken) is not { } content)
        {
            return Page();
        }
        Preview = await dispatch.PreviewReportImportAsync(new MemoryStream(content, writable: false), User.Department(), cancellationToken);
        await KeepAsync(content, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (await DraftAsync(cancellationToken) is not { } draft)
        {
            return Page();
        }
        // Checked again against the store: reports may have been filed since the preview.
        var result = await dispatch.ImportReportsAsync(new MemoryStream(draft.Content), User.Department(), validOnly: true, User.AuditName(), cancellationToken);
        if (!result.Succeeded)
        {
            (Preview, Error) = (result.Preview, result.Refusal);
            return Page();
        }
        await DiscardAsync(cancellationToken);
        TempData["Flash"] = $"已导入 {result.Stored} 期调度报告" + (result.Preview.InvalidRows > 0 ? $"；有问题的 {result.Preview.InvalidRows} 行未导入" : "");
        return Redirect("/dispatch/projects");
    }
}
