using System.Security.Claims;
using Reserve.Channels;
using Reserve.WebKit.Security;

namespace Reserve.Jobs.Web;

/// <summary>
/// How the page and the API routes start the background jobs, so both queue them the same way. The handlers belong
/// to the modules that do the work; they are started here by their kind and payload only.
/// </summary>
internal static class JobStarts
{
    public static Task<JobInfo> RematchAsync(IJobQueue queue, ChannelCatalog catalog, ClaimsPrincipal user, CancellationToken ct) =>
        queue.EnqueueAsync(JobKinds.RematchAll, """{"force":true}""", user.Login(), null, $"{JobKinds.RematchAll}:{catalog.ServingFingerprint()}:manual", ct);

    public static Task<JobInfo> DocumentsAsync(IJobQueue queue, ClaimsPrincipal user, CancellationToken ct)
    {
        var department = user.ScopeDepartment();
        return queue.EnqueueAsync(JobKinds.DocumentsBatch, $$"""{"kind":"{{JobKinds.DocumentsBatch}}"}""", user.Login(), department,
            $"{JobKinds.DocumentsBatch}:{department ?? "*"}", ct);
    }
}

/// <summary>The kinds of job people start and follow here, as their handlers name them, and what users call them.</summary>
internal static class JobKinds
{
    public const string RematchAll = "rematch-all";
    public const string DocumentsBatch = "documents-batch";
    public const string Import = "import";

    public static string Name(string kind) => kind switch
    {
        RematchAll => "重新匹配全部项目",
        DocumentsBatch => "批量生成申报材料",
        Import => "导入项目",
        // Queued by the 领导批示与提醒 module's timer (the kind is its string; this module does not reference that one).
        "instructions-notifications" => "生成提醒并发送邮件",
        _ => kind,
    };
}
