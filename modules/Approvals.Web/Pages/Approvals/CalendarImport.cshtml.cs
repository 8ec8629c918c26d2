using Microsoft.AspNetCore.Authorization;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Approvals.Calendar;

namespace Reserve.Approvals.Web.Pages.Approvals;

/// <summary>
/// Imports a new year's holiday arrangement from the XLSX template: the preview lists every day it would store and
/// every problem by row and column, storing nothing; the reviewer then imports it whole (only when nothing is
/// wrong) or gives up. The file rides in the form between the two steps (a year is a few kilobytes), so nothing
/// waits on the server.
/// </summary>
[Authorize(Roles = CalendarEndpoints.KeeperRoles)]
[RequestSizeLimit(2 * CalendarEndpoints.MaxImportBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * CalendarEndpoints.MaxImportBytes, ValueLengthLimit = 2 * (int)CalendarEndpoints.MaxImportBytes)]
internal sealed class CalendarImportModel(IApprovalService approvals) : PageModel
{
    [BindProperty] public int? Year { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? DocNumber { get; set; }
    [BindProperty] public string? IssuedOn { get; set; }
    [BindProperty] public string? FileContent { get; set; }
    [BindProperty] public string? FileName { get; set; }

    public CalendarImportPreview? Preview { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var (file, year, _, problems) = CalendarImportForm.Read(Request.Form);
        Problems = problems;
        if (problems.Count > 0)
        {
            return Page();
        }
        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, cancellationToken);
        FileName = Path.GetFileName(file.FileName);
        FileContent = Convert.ToBase64String(buffer.ToArray());
        buffer.Position = 0;
        Preview = approvals.PreviewCalendarImport(buffer, year);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(FileContent ?? "");
        }
        catch (FormatException)
        {
            Problems = ["文件：上传的内容已损坏，请重新上传"];
            return Page();
        }
        DateOnly? issued = DateOnly.TryParseExact(IssuedOn ?? "", "yyyy-MM-dd", out var d) ? d : null;
        var year = Year ?? 0;
        var change = await approvals.ImportCalendarAsync(new MemoryStream(bytes), year, new CalendarNotice(DocNumber, Title ?? "", issued), User.AuditName(), cancellationToken);
        if (!change.Succeeded)
        {
            Problems = change.Problems.Select(p => p.ToString()).Append(change.Conflict ?? "").Where(p => p.Length > 0).ToList();
            Preview = approvals.PreviewCalendarImport(new MemoryStream(bytes), year);
            return Page();
        }
        TempData["Flash"] = $"已导入 {year} 年节假日安排；{change.MovedDueDates} 项审批的到期日随之调整";
        return Redirect($"/approvals/calendar?year={year}");
    }
}
