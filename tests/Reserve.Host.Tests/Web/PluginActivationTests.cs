using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Host.Tests.Plugins;
using Reserve.Matching;
using Reserve.Projects;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>
/// Activation kept in the database: three versions of the fixture plugin side by side (1.2.3 in the plain folder,
/// 1.3.0 whose cases pass, 1.4.0 whose first golden case fails); activate, refuse, restore, disable, audit.
/// </summary>
public sealed class PluginActivationTests
{
    private const string Plugin = "fixture-good";

    private static void ThreeVersions(string plugins)
    {
        var built = Path.Combine(HostProcess.RepoRoot, "artifacts", "fixture-plugins", "GoodChannel");
        PluginFolderCopy.Copy(built, Path.Combine(plugins, "GoodChannel"));
        Version(plugins, built, "1.3.0", _ => { });
        Version(plugins, built, "1.4.0", folder => Edit(Path.Combine(folder, "cases", "fixture-good.json"),
            "{ \"verdict\": \"符合\", \"rules\": { \"FX-TOTAL\": \"通过\", \"FX-SIZE\": \"通过\", \"FX-STAGE\": \"通过\" }, \"amount\": 240 }",
            "{ \"verdict\": \"不符合\", \"rules\": { \"FX-TOTAL\": \"通过\", \"FX-SIZE\": \"通过\", \"FX-STAGE\": \"通过\" }, \"amount\": 240 }"));
    }

    private static void Version(string plugins, string built, string version, Action<string> change)
    {
        var folder = Path.Combine(plugins, "GoodChannel@" + version);
        PluginFolderCopy.Copy(built, folder);
        Edit(Path.Combine(folder, "plugin.json"), "\"version\": \"1.2.3\"", $"\"version\": \"{version}\"");
        change(folder);
    }

    private static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static Dictionary<string, JsonElement> Versions(JsonElement plugins) =>
        plugins.EnumerateArray().Where(p => p.GetProperty("id").GetString() == Plugin).ToDictionary(p => p.GetProperty("version").GetString()!);

    private static string Status(JsonElement plugins, string version) => Versions(plugins)[version].GetProperty("status").GetString()!;

    private static async Task<string?> ServingVersionAsync(WebSession session) =>
        (await session.GetJsonAsync("/api/channels")).EnumerateArray()
            .Where(c => c.GetProperty("id").GetString() == Plugin)
            .Select(c => c.GetProperty("pluginVersion").GetString())
            .SingleOrDefault();

    [Fact]
    public async Task Versions_wait_failing_golden_cases_are_refused_activate_restore_disable_and_every_change_is_audited()
    {
        await using var site = new ReserveWebFactory(preparePlugins: ThreeVersions);
        using var admin = await site.SignedInAsync("admin");

        // No row yet: the plain folder's version serves as before; the others wait or failed.
        var listed = await admin.GetJsonAsync("/api/plugins");
        Assert.Equal("已启用", Status(listed, "1.2.3"));
        Assert.Equal("待启用", Status(listed, "1.3.0"));
        Assert.Equal("未通过", Status(listed, "1.4.0"));
        Assert.Contains("fixture-good.json#1", Versions(listed)["1.4.0"].GetProperty("goldenProblems")[0].GetString());
        Assert.Equal("1.2.3", await ServingVersionAsync(admin));

        var refused = await admin.PostJsonAsync($"/api/plugins/{Plugin}/versions/1.4.0/activate", new { }, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("核对用例未通过，不能启用", refused.GetProperty("error").GetString());
        Assert.Contains("fixture-good.json#1", refused.GetProperty("error").GetString());
        Assert.Equal("1.2.3", await ServingVersionAsync(admin));

        await admin.PostJsonAsync($"/api/plugins/{Plugin}/versions/1.3.0/activate", new { revision = 0 }, HttpStatusCode.OK);
        Assert.Equal("1.3.0", await ServingVersionAsync(admin));
        listed = await admin.GetJsonAsync("/api/plugins");
        Assert.Equal("已启用", Status(listed, "1.3.0"));
        Assert.Equal("待启用", Status(listed, "1.2.3"));
        Assert.Equal(1, Versions(listed)["1.3.0"].GetProperty("revision").GetInt32());

        // A form read before that change must not overwrite it.
        var stale = await admin.PostJsonAsync($"/api/plugins/{Plugin}/disable", new { revision = 0 }, HttpStatusCode.Conflict);
        Assert.Contains("已被他人修改", stale.GetProperty("error").GetString());

        await admin.PostJsonAsync($"/api/plugins/{Plugin}/restore", null, HttpStatusCode.OK);
        Assert.Equal("1.2.3", await ServingVersionAsync(admin));

        await admin.PostJsonAsync($"/api/plugins/{Plugin}/disable", null, HttpStatusCode.OK);
        Assert.Null(await ServingVersionAsync(admin));
        Assert.Equal("已停用", Status(await admin.GetJsonAsync("/api/plugins"), "1.2.3"));
        var engine = site.Services.GetRequiredService<MatchEngine>();
        var project = await site.Services.GetRequiredService<IProjectReserve>().AllAsync().FirstAsync();
        var matched = engine.Match(project, new DateOnly(2026, 10, 1));
        Assert.NotEmpty(matched);
        Assert.DoesNotContain(matched, r => r.ChannelId == Plugin);

        await admin.PostJsonAsync($"/api/plugins/{Plugin}/enable", null, HttpStatusCode.OK);
        Assert.Equal("1.2.3", await ServingVersionAsync(admin));
        Assert.Contains(engine.Match(project, new DateOnly(2026, 10, 1)), r => r.ChannelId == Plugin);

        var audit = await admin.GetJsonAsync("/api/plugins/changes");
        Assert.Equal(4, audit.GetProperty("total").GetInt32());
        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["启用插件", "停用插件", "恢复上一版本", "启用版本"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal(Plugin, e.GetProperty("pluginId").GetString()));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("actor").GetString())));
        Assert.Equal("版本 1.2.3，启用", entries[3].GetProperty("before").GetString());
        Assert.Equal("版本 1.3.0，启用", entries[3].GetProperty("after").GetString());
        Assert.Equal("版本 1.2.3，启用", entries[1].GetProperty("before").GetString());
        Assert.Equal("版本 1.2.3，停用", entries[1].GetProperty("after").GetString());
    }

    [Fact]
    public async Task An_activation_that_changes_verdicts_is_audited_with_the_channels_names()
    {
        // 1.5.0 lowers the investment ceiling from 2025 (5000 → 1500 万元; its own cases still pass): larger demo projects stop fitting.
        await using var site = new ReserveWebFactory(preparePlugins: plugins =>
        {
            var built = Path.Combine(HostProcess.RepoRoot, "artifacts", "fixture-plugins", "GoodChannel");
            PluginFolderCopy.Copy(built, Path.Combine(plugins, "GoodChannel"));
            Version(plugins, built, "1.5.0", folder => Edit(Path.Combine(folder, "parameters.json"), "\"2025-01-01\": 5000", "\"2025-01-01\": 1500"));
        });
        using var admin = await site.SignedInAsync("admin");

        await admin.PostJsonAsync($"/api/plugins/{Plugin}/versions/1.5.0/activate", new { revision = 0 }, HttpStatusCode.OK);

        var detail = (await admin.GetJsonAsync("/api/plugins/changes")).GetProperty("items")[0].GetProperty("detail").GetString()!;
        // "…个项目×渠道的结论改变（测试渠道 符合 → 不符合 3；…）": read by a person, so the channel by its name.
        Assert.Matches(@"（测试渠道 \S+ → 不符合 \d+", detail);
        Assert.DoesNotContain(Plugin, detail);
        var page = await admin.PageAsync("/admin/plugins");
        Assert.Contains("测试渠道 ", page[page.IndexOf("启用记录", StringComparison.Ordinal)..]);
        Assert.DoesNotContain(Plugin + " ", page[page.IndexOf("启用记录", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Only_administrators_list_or_change_activations_and_the_page_buttons_post_with_anti_forgery()
    {
        await using var site = new ReserveWebFactory(preparePlugins: ThreeVersions);
        using var clerk = await site.SignedInAsync("jtj");
        using var reviewer = await site.SignedInAsync("fgw");
        using var admin = await site.SignedInAsync("admin");

        using var leader = await site.SignedInAsync("leader");
        foreach (var session in new[] { clerk, reviewer, leader })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/api/plugins")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/api/plugins/changes")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await session.PostJsonAsync($"/api/plugins/{Plugin}/versions/1.3.0/activate", new { })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await session.PostJsonAsync($"/api/plugins/{Plugin}/restore", new { })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await session.PostJsonAsync($"/api/plugins/{Plugin}/disable", new { })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await session.PostJsonAsync($"/api/plugins/{Plugin}/enable", new { })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/api/plugins/{Plugin}/versions/1.3.0/flip-report")).StatusCode);
        }
        using (var flip = await admin.GetAsync($"/api/plugins/{Plugin}/versions/1.3.0/flip-report"))
        {
            Assert.Equal(HttpStatusCode.OK, flip.StatusCode);
            // Named for whoever keeps the file: the plugin's name, not its id.
            Assert.StartsWith("翻转报告-测试渠道-1.3.0-", flip.Content.Headers.ContentDisposition!.FileNameStar);
        }
        Assert.Equal("1.2.3", await ServingVersionAsync(admin));

        var page = await admin.SubmitFormAsync("/admin/plugins", "Activate", new Dictionary<string, string> { ["id"] = Plugin, ["version"] = "1.3.0", ["revision"] = "0" });
        Assert.Equal("插件 测试渠道：版本 1.2.3，启用 → 版本 1.3.0，启用", WebSession.Flash(page));
        Assert.Contains("启用版本", page);
        Assert.Equal("1.3.0", await ServingVersionAsync(admin));
    }
}
