using Reserve.Documents.Web;
using Reserve.Documents.Web.Jobs;
using System.Security.Claims;
using Reserve.Channels;
using Reserve.Host.Composition;
using Reserve.WebKit.Security;
using Reserve.Jobs;

namespace Reserve.Host.Web.Jobs;

/// <summary>How pages and API routes start the background jobs, so both queue them the same way.</summary>
internal static class JobStarts
{
    public static Task<JobInfo> RematchAsync(IJobQueue queue, ChannelCatalog catalog, ClaimsPrincipal user, CancellationToken ct) =>
        queue.EnqueueAsync(RematchAllJob.JobKind, """{"force":true}""", user.Login(), null, RematchAllJob.DedupeKey(catalog) + ":manual", ct);

    public static Task<JobInfo> DocumentsAsync(IJobQueue queue, ClaimsPrincipal user, CancellationToken ct)
    {
        var department = user.ScopeDepartment();
        return queue.EnqueueAsync(DocumentsBatchJob.JobKind, DocumentsBatchJob.Payload(), user.Login(), department, $"{DocumentsBatchJob.JobKind}:{department ?? "*"}", ct);
    }

    public static Task<JobInfo> ImportAsync(IJobQueue queue, ClaimsPrincipal user, string fileName, byte[] content, CancellationToken ct) =>
        queue.EnqueueAsync(ImportJob.JobKind, ImportJob.Payload(fileName, content, user.AuditName()), user.Login(), user.ScopeDepartment(), null, ct);
}
