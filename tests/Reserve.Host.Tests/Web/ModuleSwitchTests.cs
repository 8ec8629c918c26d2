using System.Net;
using Microsoft.Extensions.Configuration;
using Reserve.Host.Composition;
using Reserve.WebKit.Modules;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>
/// A city that uses only the reserve and matching switches the optional modules off (Reserve:Modules:&lt;Name&gt;:Enabled):
/// the site starts without them, every remaining page answers, and nothing of theirs is reachable or linked.
/// </summary>
public sealed class ModuleSwitchTests
{
    private static readonly string[] Off = ["Dispatch", "Promotion", "Approvals", "Funding"];

    [Fact]
    public async Task Reserve_and_matching_run_without_the_optional_modules()
    {
        using var web = new ReserveWebFactory(Off.ToDictionary(m => $"Reserve:Modules:{m}:Enabled", _ => "false"));
        using var reviewer = await web.SignedInAsync("fgw");
        foreach (var path in new[] { "/", "/projects", "/summary", "/submissions", "/plan", "/audit", "/jobs" })
        {
            var page = await reviewer.PageAsync(path);
            Assert.Contains("储备项目", page);
            Assert.DoesNotContain("href=\"/dispatch\"", page);
            Assert.DoesNotContain("href=\"/promotion\"", page);
            Assert.DoesNotContain("href=\"/approvals\"", page);
            Assert.DoesNotContain("href=\"/funding\"", page);
        }
        Assert.DoesNotContain("资金争取情况（资金争取台账）", await reviewer.PageAsync("/summary"));
        foreach (var api in new[] { "/api/dispatch/metrics", "/api/promotion/deals", "/api/approvals", "/api/funding" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync(api)).StatusCode);
        }
        // 项目调度's pages are not served, and a reserve project's page still answers, without its plan links.
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/dispatch")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/dispatch/projects")).StatusCode);
        Assert.DoesNotContain("id=\"plan-links\"", await reviewer.PageAsync("/projects/2027-0001"));
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/api/projects")).StatusCode);
        // A switched-off module's pages are gone too, not only its links.
        foreach (var page in new[] { "/promotion", "/promotion/deals/1", "/approvals" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync(page)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/funding")).StatusCode);
    }

    [Fact]
    public async Task With_every_module_on_the_navigation_links_each_of_them()
    {
        using var web = new ReserveWebFactory();
        using var reviewer = await web.SignedInAsync("fgw");
        var page = await reviewer.PageAsync("/");
        foreach (var href in new[] { "/projects", "/submissions", "/funding", "/summary", "/dispatch", "/promotion", "/approvals", "/plan", "/audit", "/jobs" })
        {
            Assert.Contains($"href=\"{href}\"", page);
        }
        foreach (var api in new[] { "/api/dispatch/metrics", "/api/promotion/deals", "/api/approvals", "/api/funding" })
        {
            Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(api)).StatusCode);
        }
        // A module's pages, served from its own slice, still render inside the host's layout.
        foreach (var (path, heading) in new[] { ("/promotion", "<h1>招商引资"), ("/promotion/deals/1", "← 招商引资"), ("/approvals", "<h1>审批服务") })
        {
            var modulePage = await reviewer.PageAsync(path);
            Assert.Contains(heading, modulePage);
            Assert.Contains("href=\"/projects\"", modulePage);
        }
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/funding")).StatusCode);
        // The 汇总 page shows the ledger's sums with the Funding module's own table.
        Assert.Contains("class=\"data funding-summary\"", await reviewer.PageAsync("/summary"));
        // 项目调度's pages, served from its own slice, inside the host's layout; its panel on a reserve project's page.
        var dashboard = await reviewer.PageAsync("/dispatch");
        Assert.Contains("项目调度看板", dashboard);
        Assert.Contains("储备项目", dashboard);
        Assert.Contains("年计划项目", await reviewer.PageAsync("/dispatch/projects"));
        Assert.Contains("id=\"plan-links\"", await reviewer.PageAsync("/projects/2027-0001"));
        // The reviewer does not administer: the administrator's links are not shown.
        Assert.DoesNotContain("href=\"/admin/plugins\"", page);
    }

    [Fact]
    public void A_module_whose_requirement_is_switched_off_is_refused_naming_both()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Reserve:Modules:Funding:Enabled"] = "false" }).Build();
        IReadOnlyList<IReserveModule> modules = [.. ModuleRegistry.Modules(), new NeedsFunding()];
        var refused = Assert.Throws<InvalidOperationException>(() => ModuleRegistry.From(configuration, modules));
        Assert.Equal("资金报表（FundingReports）需要资金争取台账（Funding），请同时启用 Reserve:Modules:Funding:Enabled", refused.Message);
        // With its requirement on, the same module is composed.
        Assert.Contains(ModuleRegistry.From(new ConfigurationBuilder().Build(), modules).Enabled, m => m.Name == "FundingReports");
    }

    /// <summary>A module that needs the funding ledger, as a report built on it would.</summary>
    private sealed class NeedsFunding : IReserveModule
    {
        public string Name => "FundingReports";

        public string Title => "资金报表";

        public bool Optional => true;

        public IReadOnlyList<string> Requires => ["Funding"];

        public void AddServices(ModuleContext context)
        {
        }
    }

    [Theory]
    [InlineData("Projects", "false", "项目储备（Projects）是系统的基础部分，不能关闭")]
    [InlineData("Dispatch", "关", "Reserve:Modules:Dispatch:Enabled 的值“关”应为 true 或 false")]
    public void A_setting_the_registry_cannot_follow_is_refused_with_its_reason(string module, string value, string reason)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"Reserve:Modules:{module}:Enabled"] = value }).Build();
        var refused = Assert.Throws<InvalidOperationException>(() => ModuleRegistry.From(configuration, ModuleRegistry.Modules()));
        Assert.Contains(reason, refused.Message);
    }

    [Fact]
    public void Every_module_is_on_unless_configured_off_and_the_order_is_kept()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Reserve:Modules:Promotion:Enabled"] = "false" }).Build();
        var registry = ModuleRegistry.From(configuration, ModuleRegistry.Modules());
        Assert.Equal(registry.All.Select(m => m.Name).Where(n => n != "Promotion"), registry.Enabled.Select(m => m.Name));
        Assert.DoesNotContain(registry.Enabled, m => m.Name == "Promotion");
        Assert.Contains(registry.Enabled, m => m.Name == "Dispatch");
        Assert.Equal("Projects", registry.Enabled[0].Name);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void The_demo_module_is_on_while_the_site_runs_on_demo_data_and_seeds_last(string? seedDemoData, bool on)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Reserve:SeedDemoData"] = seedDemoData }).Build();
        var options = ReserveOptions.From(configuration, Path.GetTempPath());
        var registry = ModuleRegistry.From(configuration, ModuleRegistry.Modules(options));
        Assert.Equal(on, registry.Enabled.Any(m => m.Name == "Demo"));
        Assert.Equal(on, registry.Enabled[^1].Name == "Demo");
    }
}
