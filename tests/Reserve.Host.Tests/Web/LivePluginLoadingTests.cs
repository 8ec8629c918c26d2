using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Reserve.Host.Tests.Plugins;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>
/// Plugins dropped into the folder of a running site, as IT staff would copy them, while the site serves match
/// requests: each new version loads without a restart and waits as 待启用, serves only once activated, a version
/// whose golden case fails is held back while the running one keeps serving, restore and disable work on live
/// versions, a removed version is released — and not one request fails on the way.
/// </summary>
public sealed class LivePluginLoadingTests
{
    private const string Plugin = "fixture-good";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string Built = Path.Combine(HostProcess.RepoRoot, "artifacts", "fixture-plugins", "GoodChannel");

    [Fact]
    public async Task Versions_dropped_in_under_load_wait_serve_once_activated_failing_ones_are_held_back_and_no_request_fails()
    {
        string plugins = "";
        await using var site = new ReserveWebFactory(preparePlugins: p =>
        {
            plugins = p;
            PluginFolderCopy.Copy(Built, Path.Combine(p, "GoodChannel"));
        });
        using var admin = await site.SignedInAsync("admin");
        var load = await MatchLoad.StartAsync(site, workers: 3);

        // 1. A new version copied in, file by file: loaded without a restart, waiting; the old one goes on serving.
        await DropInAsync(plugins, "1.3.0");
        await WaitForStatusAsync(admin, "1.3.0", "待启用");
        Assert.Equal("已启用", Status(await admin.GetJsonAsync("/api/plugins"), "1.2.3"));
        Assert.Equal("1.2.3", await ServingVersionAsync(admin));
        var arrival = (await ChangesAsync(admin)).First(c => c.GetProperty("action").GetString() == "载入新版本");
        Assert.Equal(("系统（插件目录）", "版本 1.3.0，待启用"), (arrival.GetProperty("actor").GetString(), arrival.GetProperty("after").GetString()));
        Assert.Contains("核对用例全部通过", arrival.GetProperty("detail").GetString());
        await load.WaitForVersionAsync("1.2.3");

        // 2. Activated: it serves, at once, here; the activation keeps its flip report in the audit log.
        await admin.PostJsonAsync($"/api/plugins/{Plugin}/versions/1.3.0/activate", new { }, HttpStatusCode.OK);
        Assert.Equal("1.3.0", await ServingVersionAsync(admin));
        await load.WaitForVersionAsync("1.3.0");
        var activation = (await ChangesAsync(admin)).First(c => c.GetProperty("action").GetString() == "启用版本");
        Assert.Contains("翻转报告：评估日 2026-10-01，储备库 40 个项目", activation.GetProperty("detail").GetString());
        var report = activation.GetProperty("flipReport").GetString()!;
        using (var workbook = await admin.GetAsync(report))
        {
            Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);
            Assert.Equal("PK"u8.ToArray(), (await workbook.Content.ReadAsByteArrayAsync())[..2]);
        }

        // 3. A version whose first golden case fails: loaded and listed 未通过, never activated; 1.3.0 keeps serving.
        await DropInAsync(plugins, "1.4.0", folder => Replace(Path.Combine(folder, "cases", "fixture-good.json"),
            "{ \"verdict\": \"符合\", \"rules\": { \"FX-TOTAL\": \"通过\", \"FX-SIZE\": \"通过\", \"FX-STAGE\": \"通过\" }, \"amount\": 240 }",
            "{ \"verdict\": \"不符合\", \"rules\": { \"FX-TOTAL\": \"通过\", \"FX-SIZE\": \"通过\", \"FX-STAGE\": \"通过\" }, \"amount\": 240 }"));
        await WaitForStatusAsync(admin, "1.4.0", "未通过");
        var refused = await admin.PostJsonAsync($"/api/plugins/{Plugin}/versions/1.4.0/activate", new { }, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("核对用例未通过，不能启用", refused.GetProperty("error").GetString());
        Assert.Equal("1.3.0", await ServingVersionAsync(admin));

        // 4. Rollback to the version that served before, then off and on again.
        await admin.PostJsonAsync($"/api/plugins/{Plugin}/restore", null, HttpStatusCode.OK);
        Assert.Equal("1.2.3", await ServingVersionAsync(admin));
        await load.WaitForVersionAsync("1.2.3");
        var restore = (await ChangesAsync(admin)).First(c => c.GetProperty("action").GetString() == "恢复上一版本");
        Assert.NotEqual(JsonValueKind.Null, restore.GetProperty("flipReport").ValueKind);
        await admin.PostJsonAsync($"/api/plugins/{Plugin}/disable", null, HttpStatusCode.OK);
        Assert.Null(await ServingVersionAsync(admin));
        await load.WaitForVersionAsync(null);
        await admin.PostJsonAsync($"/api/plugins/{Plugin}/enable", null, HttpStatusCode.OK);
        Assert.Equal("1.2.3", await ServingVersionAsync(admin));

        // 5. The failed version's folder removed: it neither serves nor is kept for rollback, so it is released.
        Directory.Delete(Path.Combine(plugins, "GoodChannel@1.4.0"), recursive: true);
        await WaitAsync(async () => !Versions(await admin.GetJsonAsync("/api/plugins")).ContainsKey("1.4.0"), "1.4.0 卸载");
        Assert.Equal(["1.2.3", "1.3.0"], Versions(await admin.GetJsonAsync("/api/plugins")).Keys.Order());

        var (requests, failures, seen) = await load.StopAsync();
        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests} requests failed: {string.Join(" | ", failures.Take(5))}");
        Assert.True(requests >= 50, $"only {requests} requests were served during the drop-ins");
        Assert.Superset(new HashSet<string> { "1.2.3", "1.3.0", "（无）" }, seen);
    }

    [Fact]
    public async Task A_new_plugin_dropped_in_waits_for_its_first_activation_and_then_serves()
    {
        string plugins = "";
        await using var site = new ReserveWebFactory(preparePlugins: p =>
        {
            plugins = p;
            Directory.Delete(Path.Combine(p, "OldCommunities"), recursive: true);
        });
        using var admin = await site.SignedInAsync("admin");
        Assert.DoesNotContain("old-communities", await ServingChannelsAsync(admin));

        PluginFolderCopy.Copy(Path.Combine(HostProcess.RepoRoot, "artifacts", "plugins", "OldCommunities"), Path.Combine(plugins, "OldCommunities"));
        await WaitAsync(async () => Versions(await admin.GetJsonAsync("/api/plugins"), "old-communities").Values.Any(v => v.GetProperty("status").GetString() == "待启用"), "old-communities 待启用");
        Assert.DoesNotContain("old-communities", await ServingChannelsAsync(admin));

        var version = Versions(await admin.GetJsonAsync("/api/plugins"), "old-communities").Keys.Single();
        var done = await admin.PostJsonAsync($"/api/plugins/old-communities/versions/{version}/activate", new { }, HttpStatusCode.OK);
        Assert.Contains($"版本 （无），启用 → 版本 {version}，启用", done.GetProperty("message").GetString());
        Assert.Contains("old-communities", await ServingChannelsAsync(admin));
    }

    /// <summary>Copies the built fixture as another version, file by file with pauses, as a slow copy would arrive.</summary>
    internal static async Task DropInAsync(string plugins, string version, Action<string>? change = null)
    {
        var staged = Path.Combine(Path.GetTempPath(), "reserve-dropin-" + Guid.NewGuid().ToString("N"));
        PluginFolderCopy.Copy(Built, staged);
        Replace(Path.Combine(staged, "plugin.json"), "\"version\": \"1.2.3\"", $"\"version\": \"{version}\"");
        change?.Invoke(staged);
        var target = Path.Combine(plugins, "GoodChannel@" + version);
        foreach (var file in Directory.GetFiles(staged, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(staged, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            await Task.Delay(150);
        }
        Directory.Delete(staged, recursive: true);
    }

    internal static void Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    internal static Dictionary<string, JsonElement> Versions(JsonElement plugins, string plugin = Plugin) =>
        plugins.EnumerateArray().Where(p => p.GetProperty("id").GetString() == plugin).ToDictionary(p => p.GetProperty("version").GetString()!);

    private static string Status(JsonElement plugins, string version) => Versions(plugins)[version].GetProperty("status").GetString()!;

    internal static async Task WaitForStatusAsync(WebSession admin, string version, string status) =>
        await WaitAsync(async () => Versions(await admin.GetJsonAsync("/api/plugins")).TryGetValue(version, out var v) && v.GetProperty("status").GetString() == status,
            $"{version} {status}");

    internal static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Patience, $"{Patience.TotalSeconds:0} 秒内未见：{what}");
            await Task.Delay(200);
        }
    }

    internal static async Task<string?> ServingVersionAsync(WebSession session) =>
        (await session.GetJsonAsync("/api/channels")).EnumerateArray()
            .Where(c => c.GetProperty("id").GetString() == Plugin)
            .Select(c => c.GetProperty("pluginVersion").GetString())
            .SingleOrDefault();

    private static async Task<List<string>> ServingChannelsAsync(WebSession session) =>
        (await session.GetJsonAsync("/api/channels")).EnumerateArray().Select(c => c.GetProperty("pluginId").GetString()!).ToList();

    private static async Task<List<JsonElement>> ChangesAsync(WebSession admin) =>
        (await admin.GetJsonAsync("/api/plugins/changes?take=100")).GetProperty("items").EnumerateArray().ToList();

    /// <summary>Reviewers reading one project's matches in a loop (each read runs the engine over the serving channels).</summary>
    private sealed class MatchLoad
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly ConcurrentQueue<string> _failures = new();
        private readonly ConcurrentDictionary<string, DateTime> _seen = new();
        private readonly List<Task> _workers = [];
        private readonly List<WebSession> _sessions = [];
        private int _requests;

        public static async Task<MatchLoad> StartAsync(ReserveWebFactory site, int workers)
        {
            var load = new MatchLoad();
            for (var i = 0; i < workers; i++)
            {
                var session = await site.SignedInAsync("fgw");
                load._sessions.Add(session);
            }
            var id = (await load._sessions[0].GetJsonAsync("/api/projects?take=1")).GetProperty("items")[0].GetProperty("project").GetProperty("id").GetString()!;
            foreach (var session in load._sessions)
            {
                load._workers.Add(Task.Run(() => load.RunAsync(session, id)));
            }
            return load;
        }

        private async Task RunAsync(WebSession session, string id)
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await session.GetAsync($"/api/projects/{id}/matches");
                    var body = await response.Content.ReadAsStringAsync();
                    Interlocked.Increment(ref _requests);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        _failures.Enqueue($"{(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                        continue;
                    }
                    using var json = JsonDocument.Parse(body);
                    var results = json.RootElement.EnumerateArray().ToList();
                    if (results.Count == 0 || results.Any(r => r.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String))
                    {
                        _failures.Enqueue("no results or an engine error: " + body[..Math.Min(300, body.Length)]);
                        continue;
                    }
                    var version = results.Where(r => r.GetProperty("channelId").GetString() == Plugin).Select(r => r.GetProperty("pluginVersion").GetString()).SingleOrDefault() ?? "（无）";
                    _seen[version] = DateTime.UtcNow;
                }
                catch (Exception ex) when (!_stop.IsCancellationRequested)
                {
                    _failures.Enqueue(ex.GetType().Name + ": " + ex.Message);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }

        /// <summary>Until a response made after this call shows the version (null: the channel not served).</summary>
        public async Task WaitForVersionAsync(string? version)
        {
            var since = DateTime.UtcNow;
            await WaitAsync(() => Task.FromResult(_seen.TryGetValue(version ?? "（无）", out var at) && at >= since), $"匹配结果中的版本 {version ?? "（无）"}");
        }

        public async Task<(int Requests, ConcurrentQueue<string> Failures, HashSet<string> Seen)> StopAsync()
        {
            await _stop.CancelAsync();
            await Task.WhenAll(_workers);
            foreach (var session in _sessions)
            {
                session.Dispose();
            }
            return (_requests, _failures, _seen.Keys.ToHashSet());
        }
    }
}
