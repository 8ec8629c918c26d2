using Reserve.Accounts;
using Reserve.Host.Web;
using Reserve.WebKit.Modules;

namespace Reserve.Host.Modules;

/// <summary>账号与部门: users, roles and departments; sign-in itself is the host's.</summary>
internal sealed class AccountsSlice : IReserveModule
{
    public string Name => "Accounts";

    public string Title => "账号与部门";

    public void AddServices(ModuleContext context) => context.Services.AddAccounts(context.Database);

    public void AddWebServices(IServiceCollection services) => services.AddSingleton<Web.Admin.AccountAdministration>();

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateAccountsAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAuthApi();
        endpoints.MapAdminApi();
    }

    public IReadOnlyList<NavigationLink> Navigation => [new("/admin/users", "账号与部门", 210, [Role.Administrator])];
}
