using Reserve.Matching.Web;
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

    public static Task<JobInfo> DocumentsAsync(IJobQueue queue, ClaimsPrincipal user, CancellationToken ct) => DocumentsBatchJob.StartAsync(queue, user, ct);
}
