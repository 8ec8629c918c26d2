using System.Reflection;
using Reserve.WebKit.Modules;

namespace Reserve.Funding.Web;

/// <summary>资金争取台账: what each project applied for, through which channel, and what it received.</summary>
public sealed class FundingSlice : IReserveModule
{
    public string Name => "Funding";

    public string Title => "资金争取台账";

    public bool Optional => true;

    public Assembly? Pages => typeof(FundingSlice).Assembly;

    public void AddServices(ModuleContext context) => context.Services.AddFunding(context.Database);

    public void AddWebServices(IServiceCollection services) => services.AddSingleton<FundingWorkflow>();

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateFundingAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapFundingApi();

    public IReadOnlyList<NavigationLink> Navigation => [new("/funding", "资金争取台账", 50, NavigationLink.ReserveReaders)];
}
