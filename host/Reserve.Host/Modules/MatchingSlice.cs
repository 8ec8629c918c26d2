using Reserve.Host.Composition;
using Reserve.Jobs;
using Reserve.Matching;
using Reserve.WebKit.Modules;

namespace Reserve.Host.Modules;

/// <summary>渠道匹配: every project against every channel, the stored results and their re-computation.</summary>
internal sealed class MatchingSlice : IReserveModule
{
    public string Name => "Matching";

    public string Title => "渠道匹配";

    public void AddServices(ModuleContext context)
    {
        context.Services.AddMatching(context.Database);
        context.Services.AddSingleton<IJobHandler, RematchAllJob>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateMatchingAsync(cancellationToken);
}
