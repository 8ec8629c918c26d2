using Reserve.Projects;
using Reserve.WebKit.Commands;
using Reserve.WebKit.Modules;

namespace Reserve.Projects.Web;

/// <summary>项目储备: the projects per department, their form, import, summary, documents and change log.</summary>
public sealed class ReserveSlice : IReserveModule
{
    public string Name => "Projects";

    public string Title => "项目储备";

    public void AddServices(ModuleContext context)
    {
        context.Services.AddProjectReserve(context.Database);
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<ProjectAccess>();
        services.AddSingleton<ProjectEditing>();
        services.AddSingleton<ProjectWithdrawing>();
        services.AddSingleton<ProjectFormSource>();
        services.AddSingleton<Web.Imports.ImportPreviewer>();
        services.AddSingleton<Reserve.Jobs.IJobHandler, Web.Jobs.ImportJob>();
        services.AddSingleton<Web.Reporting.ReserveAggregates>();
        services.AddSingleton<Web.Audit.AuditLog>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateProjectReserveAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReserveApi();
        endpoints.MapImportApi();
        endpoints.MapAuditApi();
    }

    public IReadOnlyList<ModuleCommand> Commands =>
    [
        new("import", """
              import 文件 [--valid-only]       导入项目到储备库（默认有任何问题则全部不导入）
            """,
            c => Reserve.Projects.Web.Commands.ImportCommand.RunAsync(c.Arguments, c.Get<Reserve.Channels.ChannelCatalog>(), c.Get<IProjectReserve>(), c.Output, c.Error, c.CancellationToken),
            NeedsDatabase: ModuleCommand.Always),
    ];

    public IReadOnlyList<NavigationLink> Navigation =>
    [
        new("/", "首页", 10, NavigationLink.ReserveReaders, Exact: true),
        new("/projects", "储备项目", 20, NavigationLink.ReserveReaders),
        new("/import", "导入", 30, [Reserve.Accounts.Role.DepartmentClerk]),
        new("/summary", "汇总", 60, NavigationLink.ReserveReaders),
        new("/audit", "修改记录", 110, [Reserve.Accounts.Role.Reviewer]),
    ];
}
