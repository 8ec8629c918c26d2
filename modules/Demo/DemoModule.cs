using Reserve.Approvals;
using Reserve.Demo.Approvals;
using Reserve.Demo.Dispatch;
using Reserve.Demo.Projects;
using Reserve.Dispatch;
using Reserve.Demo.Instructions;
using Reserve.Instructions;
using Reserve.Persistence;
using Reserve.Promotion;
using Reserve.WebKit.Modules;

namespace Reserve.Demo;

/// <summary>
/// The demo data of every enabled module, when the site runs on demo data (Reserve:SeedDemoData, the embedded default):
/// the accounts, the reserve's projects first, then the modules whose demo points at them (dispatch, 招商, approvals).
/// Each module's data is generated here and handed to that module's demo hook, which stores it into an empty store only.
/// A switched-off module registers no service, and so gets no demo data.
/// </summary>
/// <param name="projectCount">How many demo projects an empty reserve gets (Reserve:DemoProjectCount).</param>
public sealed class DemoModule(int projectCount) : IReserveModule
{
    /// <summary>Who the demo data is recorded as.</summary>
    internal const string Actor = "演示数据";

    /// <summary>The demo accounts' password, shown on the login page while demo data is on.</summary>
    public const string Password = DemoAccounts.Password;

    public string Name => "Demo";

    public string Title => "演示数据";

    public bool Optional => true;

    public IReadOnlyList<Reserve.WebKit.Commands.ModuleCommand> Commands => [ApprovalScaleSeed.Command];

    public void AddServices(ModuleContext context)
    {
        context.Services.AddSingleton(new DemoSettings(context.Database, projectCount));
        context.Services.AddSingleton<DemoAccounts>();
        context.Services.AddSingleton<ReserveDemo>();
        context.Services.AddSingleton<PromotionApprovalsDemo>();
    }

    /// <summary>The accounts first: the dispatch demo makes the demo `leader` a 包抓领导.</summary>
    public async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<DemoSettings>();
        await services.GetRequiredService<DemoAccounts>().SeedIfNoneAsync(cancellationToken);
        await services.GetRequiredService<ReserveDemo>().SeedIfEmptyAsync(settings.Database, settings.ProjectCount, cancellationToken);
        if (services.GetService<IDispatchService>() is not null)
        {
            // Made here rather than registered: it needs the dispatch service, which a switched-off module does not register.
            await ActivatorUtilities.CreateInstance<DispatchDemo>(services).SeedIfEmptyAsync(cancellationToken);
        }
        if (services.GetService<IPromotionService>() is not null)
        {
            await services.GetRequiredService<PromotionApprovalsDemo>().SeedPromotionAsync(cancellationToken);
        }
        if (services.GetService<IApprovalService>() is not null)
        {
            await services.GetRequiredService<PromotionApprovalsDemo>().SeedApprovalsAsync(cancellationToken);
        }
        if (services.GetService<IInstructionService>() is not null)
        {
            // Last: its instructions are written on the plan projects, deals and approval records seeded above.
            await ActivatorUtilities.CreateInstance<InstructionsDemo>(services).SeedIfEmptyAsync(cancellationToken);
        }
    }
}

/// <summary>What the demo module was given at registration.</summary>
internal sealed record DemoSettings(DatabaseOptions Database, int ProjectCount);
