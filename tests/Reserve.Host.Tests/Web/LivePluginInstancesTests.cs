using System.Diagnostics;
using System.Net;
using Reserve.Host.Tests.Plugins;
using Reserve.Persistence;
using Reserve.Testing;
using Xunit;
using static Reserve.Host.Tests.Web.LivePluginLoadingTests;

namespace Reserve.Host.Tests.Web;

/// <summary>
/// Two sites on one PostgreSQL database, each with its own plugins folder (two machines behind a load balancer):
/// a version dropped into both loads on both and waits; activated through one, the other serves it within 30 s
/// (it reads the activation table every 10 s); restored through the other, the first follows.
/// </summary>
public sealed class LivePluginInstancesTests
{
    [PostgresFact]
    public async Task A_version_activated_on_one_instance_serves_on_the_other_within_30_seconds_and_a_restore_follows_back()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Reserve"] = database.Options.ConnectionString };
        var built = Path.Combine(HostProcess.RepoRoot, "artifacts", "fixture-plugins", "GoodChannel");
        string pluginsA = "", pluginsB = "";
        await using var siteA = new ReserveWebFactory(settings, p => { pluginsA = p; PluginFolderCopy.Copy(built, Path.Combine(p, "GoodChannel")); });
        using var a = await siteA.SignedInAsync("admin");
        await using var siteB = new ReserveWebFactory(settings, p => { pluginsB = p; PluginFolderCopy.Copy(built, Path.Combine(p, "GoodChannel")); });
        using var b = await siteB.SignedInAsync("admin");

        await Task.WhenAll(DropInAsync(pluginsA, "1.3.0"), DropInAsync(pluginsB, "1.3.0"));
        await WaitForStatusAsync(a, "1.3.0", "待启用");
        await WaitForStatusAsync(b, "1.3.0", "待启用");
        Assert.Equal(("1.2.3", "1.2.3"), (await ServingVersionAsync(a), await ServingVersionAsync(b)));

        await a.PostJsonAsync("/api/plugins/fixture-good/versions/1.3.0/activate", new { }, HttpStatusCode.OK);
        Assert.Equal("1.3.0", await ServingVersionAsync(a));
        var followed = Stopwatch.StartNew();
        await WaitAsync(async () => await ServingVersionAsync(b) == "1.3.0", "实例乙启用 1.3.0");
        Assert.True(followed.Elapsed < TimeSpan.FromSeconds(30), $"实例乙 {followed.Elapsed.TotalSeconds:0.0} 秒后才跟随");
        Assert.Equal("已启用", Versions(await b.GetJsonAsync("/api/plugins"))["1.3.0"].GetProperty("status").GetString());

        await b.PostJsonAsync("/api/plugins/fixture-good/restore", null, HttpStatusCode.OK);
        Assert.Equal("1.2.3", await ServingVersionAsync(b));
        await WaitAsync(async () => await ServingVersionAsync(a) == "1.2.3", "实例甲恢复 1.2.3");
        // One audit log for both: the arrivals on each instance, the activation on one and the restore on the other.
        var actions = (await a.GetJsonAsync("/api/plugins/changes")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("action").GetString()).ToList();
        Assert.Equal(2, actions.Count(x => x == "载入新版本"));
        Assert.Equal(["恢复上一版本", "启用版本"], actions.Where(x => x != "载入新版本"));
    }
}
