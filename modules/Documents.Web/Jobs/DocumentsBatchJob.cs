using Reserve.Documents;
using Reserve.Jobs;
using Reserve.Projects;
using Reserve.WebKit.Security;
using Reserve.Rendering;

namespace Reserve.Documents.Web.Jobs;

/// <summary>
/// <c>documents-batch</c>: the application documents (draft) of every project of a department, or of the
/// whole reserve, for each channel the project fits or may fit, plus the 汇总表 — one zip, kept with the job.
/// </summary>
public sealed class DocumentsBatchJob(DocumentService documents, IProjectReserve reserve) : IJobHandler
{
    public const string JobKind = "documents-batch";

    public string Kind => JobKind;

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken ct)
    {
        var department = context.Department;
        var ids = (await reserve.SummariesAsync(department, ct)).Select(p => p.Id).ToList();
        if (ids.Count == 0)
        {
            return new JobOutcome("没有项目，未生成文书");
        }
        var requests = await documents.BatchAsync(ids, null, DocumentMode.Draft, null, ct, skipIneligible: true);
        var summary = await documents.SummaryAsync(ids, null, ct);
        var progress = new ThrottledProgress(context, (done, total) => $"已生成 {done}/{total} 份文书", ct);
        using var zip = new MemoryStream();
        var counted = requests.Select((request, index) =>
        {
            ct.ThrowIfCancellationRequested();
            progress.Report(index, requests.Count);
            return request;
        });
        var result = DocumentsModule.CreateBatch().WriteZip(counted, zip, includeHtml: false, summary);
        progress.Report(requests.Count, requests.Count);
        await progress.FlushAsync();
        var name = $"{department ?? "全市"}申报材料.zip";
        return new JobOutcome(
            $"{ids.Count} 个项目：生成 {result.Files.Count} 个文件，{result.Failures.Count} 份未生成",
            new JobFile(name, "application/zip", zip.ToArray()));
    }
}
