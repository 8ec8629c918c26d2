using System.Reflection;
using Microsoft.Extensions.Configuration;
using Reserve.Dispatch.Web.Endpoints;
using Reserve.WebKit.Modules;

namespace Reserve.Dispatch.Web;

/// <summary>项目调度: plan projects, period reports, start plans, targets and the dispatch dashboards.</summary>
public sealed class DispatchSlice : IReserveModule
{
    public string Name => "Dispatch";

    public string Title => "项目调度";

    public bool Optional => true;

    public Assembly? Pages => typeof(DispatchSlice).Assembly;

    public void AddServices(ModuleContext context)
    {
        context.Services.AddDispatch(context.Database, dispatch =>
        {
            // Cadences, due days and growth targets from Reserve:Dispatch (appsettings.json carries the defaults of docs/dispatch.md).
            context.Section(Name).Bind(dispatch);
            dispatch.TemplatesFolder = context.TemplatesFolder;
        });
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<DispatchAccess>();
        services.AddSingleton<DispatchDashboard>();
        services.AddSingleton(new ProjectPanel("/Pages/Dispatch/_PlanLinks.cshtml"));
        // For 领导批示与提醒 when it is on (unused otherwise): plan projects as instruction subjects, missing reports as reminders.
        services.AddSingleton<Reserve.Instructions.IInstructionSubjects, PlanProjectSubjects>();
        services.AddSingleton<Reserve.Instructions.Notifications.IReminderSource, MissingReportReminders>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateDispatchAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDispatchApi();
        endpoints.MapDispatchEntryApi();
    }

    public IReadOnlyList<NavigationLink> Navigation => [new("/dispatch", "项目调度", 70, NavigationLink.ReserveReaders)];
}
