using Reserve.Accounts;
using Reserve.WebKit.Modules;

namespace Reserve.Jobs.Web.Modules;

/// <summary>后台任务: the durable job queue every instance runs from, and the page to follow one's jobs.</summary>
public sealed class JobsSlice : IReserveModule
{
    public string Name => "Jobs";

    public string Title => "后台任务";

    public System.Reflection.Assembly? Pages => typeof(JobsSlice).Assembly;

    // Reserve:Jobs tunes the runner (PollInterval, HeartbeatInterval, StaleAfter: how long a silent job waits before another instance takes it over).
    public void AddServices(ModuleContext context) =>
        context.Services.AddJobs(context.Database, context.InstanceName, jobs =>
        {
            context.Section(Name).Bind(jobs);
            jobs.InstanceName = context.InstanceName;
        });

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateJobsAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapJobApi();

    public IReadOnlyList<NavigationLink> Navigation => [new("/jobs", "后台任务", 120, [Role.DepartmentClerk, Role.Reviewer])];
}
