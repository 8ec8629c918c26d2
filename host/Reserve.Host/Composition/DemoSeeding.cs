namespace Reserve.Host.Composition;

/// <summary>
/// The demo data of every enabled module, when the site runs on demo data (the embedded default): the reserve's
/// projects first, then the modules whose demo points at them. A switched-off module gets none.
/// </summary>
internal sealed class DemoSeeding(IServiceProvider services, ModuleRegistry modules, ReserveOptions options)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.SeedDemoData)
        {
            return;
        }
        await services.GetRequiredService<StartupTasks>().SeedIfEmptyAsync(cancellationToken);
        if (modules.IsEnabled("Dispatch"))
        {
            await services.GetRequiredService<DispatchDemo>().SeedDispatchIfEmptyAsync(cancellationToken);
        }
        if (modules.IsEnabled("Promotion"))
        {
            await services.GetRequiredService<PromotionApprovalsDemo>().SeedPromotionAsync(cancellationToken);
        }
        if (modules.IsEnabled("Approvals"))
        {
            await services.GetRequiredService<PromotionApprovalsDemo>().SeedApprovalsAsync(cancellationToken);
        }
    }
}
