using System.Reflection;
using System.Runtime.CompilerServices;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Projects;
using Reserve.Sdk.Channels;
using Xunit;

namespace Reserve.Architecture.Tests;

/// <summary>
/// Modules reach each other only through their public faces; the SDK references nothing of ours;
/// plugins reference only the SDK; the host references no plugin. Each rule is also run once against a
/// deliberate violation, so a rule that could never fail would be caught.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly Assembly Sdk = typeof(IChannelPlugin).Assembly;
    private static readonly Assembly Text = typeof(Reserve.Sdk.Formatting.ZhFormat).Assembly;
    private static readonly Assembly Projects = typeof(IProjectReserve).Assembly;
    private static readonly Assembly Channels = typeof(ChannelCatalog).Assembly;
    private static readonly Assembly Matching = typeof(MatchEngine).Assembly;
    private static readonly Assembly Documents = typeof(Reserve.Documents.DocumentRenderer).Assembly;
    private static readonly Assembly Rendering = typeof(Reserve.Rendering.TemplateRenderer).Assembly;
    private static readonly Assembly Accounts = typeof(Reserve.Accounts.IAccounts).Assembly;
    private static readonly Assembly Review = typeof(Reserve.Review.IReview).Assembly;
    private static readonly Assembly Persistence = typeof(Reserve.Persistence.DatabaseOptions).Assembly;
    private static readonly Assembly Jobs = typeof(Reserve.Jobs.IJobQueue).Assembly;
    private static readonly Assembly Dispatch = typeof(Reserve.Dispatch.IDispatchService).Assembly;
    private static readonly Assembly Promotion = typeof(Reserve.Promotion.IPromotionService).Assembly;
    private static readonly Assembly Approvals = typeof(Reserve.Approvals.IApprovalService).Assembly;
    private static readonly Assembly Planning = typeof(Reserve.Planning.FundingPlanner).Assembly;
    private static readonly Assembly Funding = typeof(Reserve.Funding.IFundingLedger).Assembly;
    private static readonly Assembly WebKit = typeof(Reserve.WebKit.Modules.IReserveModule).Assembly;
    private static readonly Assembly PromotionWeb = typeof(Reserve.Promotion.Web.PromotionSlice).Assembly;
    private static readonly Assembly ApprovalsWeb = typeof(Reserve.Approvals.Web.ApprovalsSlice).Assembly;
    private static readonly Assembly ReviewWeb = typeof(Reserve.Review.Web.ReviewSlice).Assembly;
    private static readonly Assembly FundingWeb = typeof(Reserve.Funding.Web.FundingSlice).Assembly;
    private static readonly Assembly PlanningWeb = typeof(Reserve.Planning.Web.PlanningSlice).Assembly;
    private static readonly Assembly AccountsWeb = typeof(Reserve.Accounts.Web.AccountsSlice).Assembly;
    private static readonly Assembly DispatchWeb = typeof(Reserve.Dispatch.Web.DispatchSlice).Assembly;
    private static readonly Assembly Demo = typeof(Reserve.Demo.DemoModule).Assembly;
    private static readonly Assembly ChannelsWeb = Assembly.Load("Reserve.Channels.Web");
    private static readonly Assembly JobsWeb = Assembly.Load("Reserve.Jobs.Web");
    private static readonly Assembly ProjectsWeb = typeof(Reserve.Projects.Web.ReserveSlice).Assembly;
    private static readonly Assembly DocumentsWeb = typeof(Reserve.Documents.Web.DocumentsSlice).Assembly;
    private static readonly Assembly MatchingWeb = typeof(Reserve.Matching.Web.MatchingSlice).Assembly;
    private static readonly Assembly Host = Assembly.Load("Reserve.Host");
    private static readonly Assembly Instructions = typeof(Reserve.Instructions.IInstructionService).Assembly;
    private static readonly Assembly InstructionsWeb = typeof(Reserve.Instructions.Web.InstructionsSlice).Assembly;

    /// <summary>Building blocks that know no business: any module may use them.</summary>
    private static readonly string[] BuildingBlocks = ["Reserve.Text"];

    /// <summary>Which of our assemblies each module may reference, beyond the building blocks.</summary>
    private static readonly Dictionary<Assembly, string[]> Allowed = new()
    {
        [Text] = [],
        [Sdk] = [],
        [Persistence] = [],
        [Projects] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Rendering"],
        // Channels keeps which plugin versions serve (activation) in its own tables.
        [Channels] = ["Reserve.Sdk", "Reserve.Persistence"],
        [Matching] = ["Reserve.Sdk", "Reserve.Projects", "Reserve.Channels", "Reserve.Persistence"],
        [Documents] = ["Reserve.Sdk", "Reserve.Projects", "Reserve.Channels", "Reserve.Matching", "Reserve.Rendering"],
        // A building block: no business module; its Chinese number, date and enumeration words come from Reserve.Text.
        [Rendering] = [],
        [Accounts] = ["Reserve.Persistence"],
        [Review] = ["Reserve.Persistence"],
        [Jobs] = ["Reserve.Persistence"],
        // Reports render through the building block, not through the channel documents.
        [Dispatch] = ["Reserve.Sdk", "Reserve.Projects", "Reserve.Rendering", "Reserve.Persistence"],
        [Promotion] = ["Reserve.Sdk", "Reserve.Projects", "Reserve.Persistence"],
        [Approvals] = ["Reserve.Sdk", "Reserve.Projects", "Reserve.Persistence", "Reserve.Rendering"],
        [Planning] = ["Reserve.Sdk", "Reserve.Projects", "Reserve.Channels", "Reserve.Matching"],
        [Funding] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Rendering"],
        // What every web slice shares: the module contract, roles, and a department's access to its records.
        [WebKit] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Projects", "Reserve.Accounts", "Reserve.Review"],
        [PromotionWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Accounts", "Reserve.Promotion", "Reserve.WebKit", "Reserve.Instructions"],
        [ApprovalsWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Accounts", "Reserve.Approvals", "Reserve.WebKit", "Reserve.Instructions"],
        [ReviewWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Projects", "Reserve.Accounts", "Reserve.Review", "Reserve.WebKit"],
        [FundingWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Projects", "Reserve.Channels", "Reserve.Accounts", "Reserve.Funding", "Reserve.WebKit"],
        [PlanningWeb] = ["Reserve.Sdk", "Reserve.Projects", "Reserve.Channels", "Reserve.Matching", "Reserve.Accounts", "Reserve.Planning", "Reserve.WebKit"],
        [AccountsWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Accounts", "Reserve.WebKit"],
        // Rendering only for the report mode the dispatch API names (draft or final).
        [DispatchWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Projects", "Reserve.Accounts", "Reserve.Dispatch", "Reserve.Rendering", "Reserve.WebKit", "Reserve.Instructions"],
        // The plugin pages run the golden cases (Matching) and check templates (Documents) of a plugin being validated.
        [ChannelsWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Projects", "Reserve.Channels", "Reserve.Matching", "Reserve.Documents", "Reserve.Rendering", "Reserve.Accounts", "Reserve.WebKit"],
        [ProjectsWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Projects", "Reserve.Channels", "Reserve.Matching", "Reserve.Planning", "Reserve.Funding", "Reserve.Jobs",
            "Reserve.Accounts", "Reserve.Review", "Reserve.Documents.Web", "Reserve.Documents", "Reserve.Rendering", "Reserve.WebKit"],
        [DocumentsWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Projects", "Reserve.Channels", "Reserve.Matching", "Reserve.Documents", "Reserve.Rendering", "Reserve.Jobs",
            "Reserve.Accounts", "Reserve.Review", "Reserve.WebKit"],
        [MatchingWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Projects", "Reserve.Channels", "Reserve.Matching", "Reserve.Jobs", "Reserve.WebKit"],
        // The jobs page starts a re-match keyed by the serving plugin versions (Channels).
        [JobsWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Jobs", "Reserve.Channels", "Reserve.Accounts", "Reserve.WebKit"],
        // The demo fills each module's store through that module's public demo hook.
        [Demo] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Projects", "Reserve.Channels", "Reserve.Accounts", "Reserve.Review",
            "Reserve.Dispatch", "Reserve.Promotion", "Reserve.Approvals", "Reserve.WebKit", "Reserve.Instructions"],
        // Instructions knows its subjects and reminders only through the interfaces it defines, never the modules behind them.
        [Instructions] = ["Reserve.Sdk", "Reserve.Persistence"],
        [InstructionsWeb] = ["Reserve.Sdk", "Reserve.Persistence", "Reserve.Projects", "Reserve.Accounts", "Reserve.Review", "Reserve.Instructions", "Reserve.WebKit", "Reserve.Jobs"],
    };

    [Fact]
    public void Modules_reference_only_the_modules_they_are_allowed_to()
    {
        foreach (var (module, allowed) in Allowed)
        {
            var forbidden = AssemblyReferences.Forbidden(AssemblyReferences.Of(module), [.. allowed, .. BuildingBlocks]);
            Assert.True(forbidden.Count == 0, $"{module.GetName().Name} references {string.Join(", ", forbidden)}");
        }
    }

    [Fact]
    public void The_module_rule_catches_a_violation()
    {
        // Matching checked against the reserve's allowance must be flagged.
        Assert.Equal(["Reserve.Channels"], AssemblyReferences.Forbidden(AssemblyReferences.Of(Matching), [.. BuildingBlocks, "Reserve.Sdk", "Reserve.Projects", "Reserve.Persistence"]));
    }

    [Fact]
    public void The_sdk_references_only_the_framework_and_its_text_building_block()
    {
        Assert.Empty(AssemblyReferences.NonFramework(AssemblyReferences.Of(Sdk), "Reserve.Text"));
        Assert.Empty(AssemblyReferences.NonFramework(AssemblyReferences.Of(Text)));
        Assert.NotEmpty(AssemblyReferences.NonFramework(AssemblyReferences.Of(Channels)));
    }

    [Fact]
    public void No_module_opens_its_internals_to_another_module()
    {
        foreach (var module in Allowed.Keys)
        {
            var friends = module.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();
            var own = module.GetName().Name + ".Tests";
            Assert.All(friends, f => Assert.Equal(own, f));
        }
    }

    [Fact]
    public void Module_internals_stay_internal()
    {
        var internalNamespaces = new[] { "Reserve.Projects.Storage", "Reserve.Matching.Storage", "Reserve.Jobs.Storage", "Reserve.Jobs.Running", "Reserve.Matching.Engine", "Reserve.Channels.Loading", "Reserve.Rendering.Sandbox", "Reserve.Rendering.Html",
            "Reserve.Accounts.Storage", "Reserve.Accounts.Security", "Reserve.Review.Storage", "Reserve.Dispatch.Storage", "Reserve.Dispatch.Metrics", "Reserve.Dispatch.Tracking", "Reserve.Dispatch.Reports", "Reserve.Dispatch.Validation",
            "Reserve.Promotion.Storage", "Reserve.Approvals.Storage", "Reserve.Funding.Storage", "Reserve.Instructions.Storage",
            "Reserve.Planning.Allocation", "Reserve.Planning.NearMisses", "Reserve.Planning.Windows" };
        var leaks = Allowed.Keys.SelectMany(a => a.GetExportedTypes())
            .Where(t => internalNamespaces.Any(n => t.Namespace is { } ns && (ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal))))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public void Only_the_demo_module_references_bogus()
    {
        // Every production assembly the host is built from lands beside this test; the demo is the one that must show up.
        var production = Directory.GetFiles(AppContext.BaseDirectory, "Reserve.*.dll")
            .Where(f => !Path.GetFileNameWithoutExtension(f).EndsWith(".Tests", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(production, f => Path.GetFileName(f) == "Reserve.Host.dll");
        Assert.Equal(["Reserve.Demo"], production.Where(f => AssemblyReferences.Of(f).Contains("Bogus")).Select(Path.GetFileNameWithoutExtension));
    }

    [Fact]
    public void Only_the_demo_project_asks_for_bogus()
    {
        // A package reference the compiler drops (nothing used) is still shipped; the projects are checked as well.
        var asking = new[] { "modules", "host" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Repo.Root, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(f => File.ReadAllText(f).Contains("Include=\"Bogus\"", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension);
        Assert.Equal(["Reserve.Demo"], asking);
    }

    [Fact]
    public void The_host_references_no_plugin_and_carries_none_in_its_own_folder()
    {
        var pluginAssemblies = Repo.PluginSourceFolders.Select(f => Path.GetFileNameWithoutExtension(Directory.GetFiles(f, "*.csproj")[0])).ToList();
        Assert.NotEmpty(pluginAssemblies);
        Assert.Empty(AssemblyReferences.Of(Host).Intersect(pluginAssemblies));
        Assert.DoesNotContain(pluginAssemblies, p => File.Exists(Path.Combine(AppContext.BaseDirectory, p + ".dll")));
    }

    [Fact]
    public void Plugins_reference_only_the_sdk_and_never_carry_a_copy_of_it()
    {
        var folders = Directory.GetDirectories(Repo.BuiltPlugins);
        Assert.Equal(Repo.PluginSourceFolders.Count, folders.Length);
        foreach (var folder in folders)
        {
            var dlls = Directory.GetFiles(folder, "*.dll");
            Assert.NotEmpty(dlls);
            Assert.False(File.Exists(Path.Combine(folder, "Reserve.Sdk.dll")), $"{folder} carries its own SDK copy");
            Assert.False(File.Exists(Path.Combine(folder, "Reserve.Text.dll")), $"{folder} carries its own Reserve.Text copy");
            foreach (var dll in dlls)
            {
                Assert.Empty(AssemblyReferences.NonFramework(AssemblyReferences.Of(dll), "Reserve.Sdk", "Reserve.Text"));
            }
        }
    }

    [Fact]
    public void The_plugin_rule_catches_a_violation()
    {
        // The host itself, taken as if it were a plugin, references modules and packages.
        Assert.Contains("Reserve.Matching", AssemblyReferences.NonFramework(AssemblyReferences.Of(Host), "Reserve.Sdk"));
    }

    [Fact]
    public void Sdk_assembly_version_is_frozen_at_the_major_version()
    {
        var version = Sdk.GetName().Version!;
        Assert.Equal(new Version(Reserve.Sdk.SdkInfo.Version.Major, 0, 0, 0), version);
    }
}
