using Reserve.Approvals;
using System.Reflection;
using Reserve.WebKit.Modules;

namespace Reserve.Approvals.Web;

/// <summary>审批服务: approval records of the projects' pre-work, time limits in working days, and their dashboards.</summary>
public sealed class ApprovalsSlice : IReserveModule
{
    public string Name => "Approvals";

    public string Title => "审批服务";

    public bool Optional => true;

    public Assembly? Pages => typeof(ApprovalsSlice).Assembly;

    public void AddServices(ModuleContext context) => context.Services.AddApprovals(context.Database);

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<ApprovalBoard>();
        // For 领导批示与提醒 when it is on (unused otherwise): records as instruction subjects, limits as reminders.
        services.AddSingleton<Reserve.Instructions.IInstructionSubjects, ApprovalInstructionSubjects>();
        services.AddSingleton<Reserve.Instructions.Notifications.IReminderSource, ApprovalLimitReminders>();
        services.AddSingleton(new ProjectPanel("/Pages/Approvals/_ProjectApprovals.cshtml"));
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateApprovalsAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapApprovalApi();

    public IReadOnlyList<NavigationLink> Navigation => [new("/approvals", "审批服务", 90, NavigationLink.ReserveReaders)];
}
