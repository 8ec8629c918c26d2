using Microsoft.Extensions.Configuration;
using Reserve.Channels.Web.Modules;
using Reserve.Demo;
using Reserve.Documents.Web;
using Reserve.Dispatch.Web;
using Reserve.Jobs.Web.Modules;
using Reserve.Matching.Web;
using Reserve.Projects.Web;
using Reserve.Approvals.Web;
using Reserve.Promotion.Web;
using Reserve.Review.Web;
using Reserve.Funding.Web;
using Reserve.Planning.Web;
using Reserve.Accounts.Web;
using Reserve.Instructions.Web;
using Reserve.WebKit.Modules;

namespace Reserve.Host.Composition;

/// <summary>
/// The modules this host is made of, in the order they are registered, migrated and seeded, and which of them are
/// on. <c>Reserve:Modules:&lt;Name&gt;:Enabled</c> (true unless said otherwise) switches an optional module off; a
/// module that may not be switched off, or one whose requirement is off, is refused at start with the reason.
/// </summary>
internal sealed class ModuleRegistry
{
    private ModuleRegistry(IReadOnlyList<IReserveModule> all, IReadOnlyList<IReserveModule> enabled)
    {
        All = all;
        Enabled = enabled;
    }

    public IReadOnlyList<IReserveModule> All { get; }

    public IReadOnlyList<IReserveModule> Enabled { get; }

    public IEnumerable<IReserveModule> Disabled => All.Except(Enabled);

    /// <summary>Every module the host is made of; without options (listing the commands), as on the embedded default.</summary>
    public static IReadOnlyList<IReserveModule> Modules(ReserveOptions? options = null) =>
    [
        new ReserveSlice(),
        new ChannelsSlice(typeof(ModuleRegistry).Assembly.Location),
        new MatchingSlice(),
        new DocumentsSlice(),
        new PlanningSlice(),
        new AccountsSlice(),
        new ReviewSlice(),
        new JobsSlice(),
        new FundingSlice(),
        new DispatchSlice(),
        new PromotionSlice(),
        new ApprovalsSlice(),
        // After the modules whose records its instructions and reminders point at (each optional).
        new InstructionsSlice(),
        // Last: its demo data points at the other modules'. Composed only while the site runs on demo data.
        .. options?.SeedDemoData ?? true ? [new DemoModule(options?.DemoProjectCount ?? ReserveOptions.DefaultDemoProjectCount)] : Array.Empty<IReserveModule>(),
    ];

    public static ModuleRegistry From(IConfiguration configuration, IReadOnlyList<IReserveModule> modules)
    {
        var enabled = new List<IReserveModule>();
        foreach (var module in modules)
        {
            var key = $"Reserve:Modules:{module.Name}:Enabled";
            var text = configuration[key];
            if (string.IsNullOrWhiteSpace(text))
            {
                enabled.Add(module);
                continue;
            }
            if (!bool.TryParse(text, out var on))
            {
                throw new InvalidOperationException($"配置 {key} 的值“{text}”应为 true 或 false");
            }
            if (on)
            {
                enabled.Add(module);
            }
            else if (!module.Optional)
            {
                throw new InvalidOperationException($"配置 {key}：{module.Title}（{module.Name}）是系统的基础部分，不能关闭");
            }
        }
        foreach (var module in enabled)
        {
            foreach (var required in module.Requires)
            {
                if (!enabled.Any(m => m.Name == required))
                {
                    var title = modules.FirstOrDefault(m => m.Name == required)?.Title ?? required;
                    throw new InvalidOperationException($"{module.Title}（{module.Name}）需要{title}（{required}），请同时启用 Reserve:Modules:{required}:Enabled");
                }
            }
        }
        return new ModuleRegistry(modules, enabled);
    }
}
