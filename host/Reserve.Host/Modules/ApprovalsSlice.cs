using Reserve.Approvals;
using Reserve.Host.Web;
using Reserve.WebKit.Modules;

namespace Reserve.Host.Modules;

/// <summary>审批服务: approval records of the projects' pre-work, time limits in working days, and their dashboards.</summary>
internal sealed class ApprovalsSlice : IReserveModule
{
    public string Name => "Approvals";

    public string Title => "审批服务";

    public bool Optional => true;

    public void AddServices(ModuleContext context) => context.Services.AddApprovals(context.Database);

    public void AddWebServices(IServiceCollection services) => services.AddSingleton<Web.Approvals.ApprovalBoard>();

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateApprovalsAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapApprovalApi();

    public IReadOnlyList<NavigationLink> Navigation => [new("/approvals", "审批服务", 90, NavigationLink.ReserveReaders)];
}
