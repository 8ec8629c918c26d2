using System.Security.Claims;
using System.Text.Json;
using Reserve.Host.Web.Imports;
using Reserve.WebKit.Security;
using Reserve.Jobs;
using Reserve.Projects;

namespace Reserve.Host.Web.Jobs;

/// <summary>
/// <c>import</c>: a big upload imported in the background. The file travels in the job's payload (in the
/// shared database), so whichever instance claims the job reads the same bytes; the rows are checked again
/// there, and only the valid ones are stored — in one transaction, all of them or none.
/// </summary>
internal sealed class ImportJob(ImportPreviewer previewer, IProjectReserve reserve) : IJobHandler
{
    public const string JobKind = "import";

    public string Kind => JobKind;

    /// <summary>Queues the import of a file too big to import while the user waits, limited to the user's department.</summary>
    public static Task<JobInfo> StartAsync(IJobQueue queue, ClaimsPrincipal user, string fileName, byte[] content, CancellationToken ct) =>
        queue.EnqueueAsync(JobKind, JsonSerializer.Serialize(new ImportPayload(fileName, Convert.ToBase64String(content), user.AuditName())),
            user.Login(), user.ScopeDepartment(), null, ct);

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<ImportPayload>(context.PayloadJson)
                      ?? throw new InvalidOperationException("导入任务的内容无法读取");
        await context.ReportProgressAsync(0, 2, "正在逐行校验", ct);
        // The requester's department limits the rows exactly as it did in the preview.
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            context.Department is { } d
                ? [new Claim(ClaimTypes.Role, nameof(Reserve.Accounts.Role.DepartmentClerk)), new Claim(ReserveClaims.DepartmentClaim, d)]
                : [new Claim(ClaimTypes.Role, nameof(Reserve.Accounts.Role.Reviewer))], "job"));
        var preview = await previewer.PreviewAsync(user, Convert.FromBase64String(payload.Content), payload.FileName, ct);
        if (!preview.CanImport)
        {
            throw new InvalidOperationException($"没有可以导入的有效行（{preview.InvalidCount} 行有问题），未导入任何项目");
        }
        await context.ReportProgressAsync(1, 2, $"校验完成：有效 {preview.ValidCount} 行，正在存储", ct);
        var outcome = await reserve.ImportAsync(preview.ValidRecords, payload.AuditName, ct);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("导入未完成，未存储任何项目：" + string.Join("；", outcome.Problems.Take(5).Select(p => $"第{p.Row}行【{p.Column}】{p.Message}")));
        }
        await context.ReportProgressAsync(2, 2, null, ct);
        return new JobOutcome($"已导入 {outcome.Created + outcome.Updated} 个项目（新建 {outcome.Created}，更新 {outcome.Updated}）" +
                              (preview.InvalidCount > 0 ? $"；有问题的 {preview.InvalidCount} 行未导入" : ""));
    }

    private sealed record ImportPayload(string FileName, string Content, string AuditName);
}
