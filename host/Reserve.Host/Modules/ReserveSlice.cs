using Reserve.Projects;
using Reserve.Host.Composition;
using Reserve.Host.Web;
using Reserve.WebKit.Modules;

namespace Reserve.Host.Modules;

/// <summary>项目储备: the projects per department, their form, import, summary, documents and change log.</summary>
internal sealed class ReserveSlice : IReserveModule
{
    public string Name => "Projects";

    public string Title => "项目储备";

    public void AddServices(ModuleContext context)
    {
        context.Services.AddProjectReserve(context.Database);
        context.Services.AddSingleton<DocumentService>();
        context.Services.AddSingleton<PackageService>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<ProjectAccess>();
        services.AddSingleton<ProjectEditing>();
        services.AddSingleton<ProjectFormSource>();
        services.AddSingleton<Web.Imports.ImportPreviewer>();
        services.AddSingleton<Reserve.Jobs.IJobHandler, Web.Jobs.DocumentsBatchJob>();
        services.AddSingleton<Reserve.Jobs.IJobHandler, Web.Jobs.ImportJob>();
        services.AddSingleton<Web.Reporting.ReserveAggregates>();
        services.AddSingleton<Web.Audit.AuditLog>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateProjectReserveAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReserveApi();
        endpoints.MapImportApi();
        endpoints.MapDocumentApi();
        endpoints.MapPackageApi();
        endpoints.MapAuditApi();
    }

    public IReadOnlyList<NavigationLink> Navigation =>
    [
        new("/", "首页", 10, NavigationLink.ReserveReaders, Exact: true),
        new("/projects", "储备项目", 20, NavigationLink.ReserveReaders),
        new("/import", "导入", 30, [Reserve.Accounts.Role.DepartmentClerk]),
        new("/summary", "汇总", 60, NavigationLink.ReserveReaders),
        new("/audit", "修改记录", 110, [Reserve.Accounts.Role.Reviewer]),
    ];
}
