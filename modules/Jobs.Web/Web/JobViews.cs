using System.Security.Claims;
using Reserve.Accounts;
using Reserve.WebKit.Security;
using Reserve.Jobs;
using Reserve.Sdk.Projects;

namespace Reserve.Jobs.Web;

/// <summary>Who may see a job, and how a job is named and shown to people.</summary>
internal static class JobViews
{
    public static bool MaySee(ClaimsPrincipal user, JobInfo job) =>
        job.RequestedBy == user.Login() || user.Role() == Role.Reviewer;

    public static string KindName(string kind) => JobKinds.Name(kind);

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
