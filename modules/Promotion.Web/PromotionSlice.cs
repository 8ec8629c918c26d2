using System.Reflection;
using Reserve.Promotion;
using Reserve.WebKit.Modules;

namespace Reserve.Promotion.Web;

/// <summary>招商引资: deals, signing events, 履约核查 and the promotion dashboards.</summary>
public sealed class PromotionSlice : IReserveModule
{
    public string Name => "Promotion";

    public string Title => "招商引资";

    public bool Optional => true;

    public Assembly? Pages => typeof(PromotionSlice).Assembly;

    public void AddServices(ModuleContext context) => context.Services.AddPromotion(context.Database);

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<PromotionBoard>().AddSingleton<DealWriter>();
        // For 领导批示与提醒 when it is on (unused otherwise): deals as instruction subjects.
        services.AddSingleton<Reserve.Instructions.IInstructionSubjects, DealInstructionSubjects>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigratePromotionAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPromotionApi();

    public IReadOnlyList<NavigationLink> Navigation => [new("/promotion", "招商引资", 80, NavigationLink.ReserveReaders)];
}
