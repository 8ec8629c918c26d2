using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Dispatch;
using Reserve.Dispatch.Import;
using Reserve.WebKit.Security;
using Reserve.Projects;

namespace Reserve.Dispatch.Web.Pages.Dispatch;

/// <summary>
/// Import period reports from the sheet departments already fill: a preview lists every row's problems (row,
/// column, reason) and stores nothing; then the clerk imports nothing, or only the valid rows. Only a
/// department's clerk imports, and only the department's projects. The file waits in <see cref="IImportDrafts"/>.
/// </summary>
[Authorize(Policy = Policies.EditProjects)]
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
internal sealed class ImportModel(IDispatchService dispatch, IImportDrafts drafts) : PageModel
{
    public const int MaxBytes = 10 * 1024 * 1024;

    [BindProperty] public string? Token { get; set; }

    public ReportImportPreview? Preview { get; private set; }
    public string? FileName { get; private set; }
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Error = "请选择要导入的调度报告文件（.xlsx）";
            return Page();
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        FileName = Path.GetFileName(file.FileName);
        buffer.Position = 0;
        Preview = await dispatch.PreviewReportImportAsync(buffer, User.Department(), cancellationToken);
        Token = await drafts.KeepAsync(User.Login(), FileName, buffer.ToArray(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (Token is null || await drafts.FindAsync(Token, User.Login(), cancellationToken) is not { } draft)
        {
            Error = "上传的文件已过期（30 分钟），请重新上传";
            return Page();
        }
        FileName = draft.FileName;
        // Checked again against the store: reports may have been filed since the preview.
        var result = await dispatch.ImportReportsAsync(new MemoryStream(draft.Content), User.Department(), validOnly: true, User.AuditName(), cancellationToken);
        if (!result.Succeeded)
        {
            (Preview, Error) = (result.Preview, result.Refusal);
            return Page();
        }
        await drafts.DiscardAsync(Token, User.Login(), cancellationToken);
        TempData["Flash"] = $"已导入 {result.Stored} 期调度报告" + (result.Preview.InvalidRows > 0 ? $"；有问题的 {result.Preview.InvalidRows} 行未导入" : "");
        return Redirect("/dispatch/projects");
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (Token is not null)
        {
            await drafts.DiscardAsync(Token, User.Login(), cancellationToken);
        }
        TempData["Flash"] = "已放弃本次导入，未导入任何调度报告";
        return Redirect("/dispatch/import");
    }
}
