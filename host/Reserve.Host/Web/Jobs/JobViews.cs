using Reserve.Matching.Web;
using Reserve.Projects.Web.Jobs;
using Reserve.Documents.Web;
using Reserve.Documents.Web.Jobs;
using System.Security.Claims;
using Reserve.Accounts;
using Reserve.Host.Composition;
using Reserve.WebKit.Security;
using Reserve.Jobs;
using Reserve.Sdk.Projects;

namespace Reserve.Host.Web.Jobs;

/// <summary>Who may see a job, and how a job is named and shown to people.</summary>
internal static class JobViews
{
    public static bool MaySee(ClaimsPrincipal user, JobInfo job) =>
        job.RequestedBy == user.Login() || user.Role() == Role.Reviewer;

    public static string KindName(string kind) => kind switch
    {
        RematchAllJob.JobKind => "重新匹配全部项目",
        DocumentsBatchJob.JobKind => "批量生成申报材料",
        ImportJob.JobKind => "导入项目",
        _ => kind,
    };

    public static object ToJson(JobInfo job) => new
    {
        job.Id,
        job.Kind,
        KindName = KindName(job.Kind),
        State = job.State.ToString(),
        StateName = ZhNames<JobState>.Of(job.State),
        job.Done,
        job.Total,
        job.Message,
        job.Error,
        job.RequestedBy,
        job.Department,
        job.CreatedAtUtc,
        job.StartedAtUtc,
        job.FinishedAtUtc,
        job.ClaimedBy,
        job.ResultFileName,
    };
}
