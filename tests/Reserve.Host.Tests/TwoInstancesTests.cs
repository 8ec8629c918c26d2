using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Host.Tests;

/// <summary>
/// Two real host processes (different ports and plugin folders) on one PostgreSQL database, as behind a load
/// balancer: demo data is seeded once, the re-match after start runs in exactly one of them, every queued job is
/// claimed exactly once, the same edit sent to both is saved once and refused once, and a sign-in on one is good on
/// the other.
/// </summary>
public sealed class TwoInstancesTests
{
    private const int Projects = 60;

    [PostgresFact]
    public async Task Two_instances_on_one_database_seed_once_rematch_once_claim_each_job_once_and_lose_no_update()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        using var hostA = new HostProcess().On(database);
        using var hostB = new HostProcess().On(database);
        var channels = HostProcess.RealChannels;

        // 1. Both start on an empty database with demo seeding on: the reserve is seeded once.
        await using (var a = await Instance.StartAsync(hostA, "甲", seed: true))
        await using (var b = await Instance.StartAsync(hostB, "乙", seed: true))
        {
            Assert.Equal(Projects, hostA.Count("reserve_projects"));
            Assert.Equal(Projects * channels, hostA.Count("match_results"));
            Assert.Equal(Projects, hostA.Count("reserve_audit"));
        }

        // 2. Results from another plugin version are stale at the next start, and six re-match jobs are waiting.
        await database.ExecuteAsync("""UPDATE match_results SET "PluginVersion" = '0.0.1-old'""");
        for (var i = 0; i < 6; i++)
        {
            await database.ExecuteAsync("""
                INSERT INTO jobs_queue ("Kind", "State", "PayloadJson", "RequestedBy", "Done", "Total", "CreatedAtUtc", "Recoveries", "CancelRequested")
                VALUES ('rematch-all', 'Queued', '{}', '测试', 0, 0, now(), 0, false)
                """);
        }
        await using var first = await Instance.StartAsync(hostA, "甲", seed: false);
        await using var second = await Instance.StartAsync(hostB, "乙", seed: false, clerk: "jtj2");
        await WaitForJobsAsync(database);

        var jobs = await JobsAsync(database);
        Assert.True(jobs.Count >= 6, $"{jobs.Count} 个任务");
        Assert.All(jobs, j => Assert.Equal("Succeeded", j.State));
        Assert.All(jobs, j => Assert.Contains(j.ClaimedBy, new[] { "甲", "乙" }));
        var computed = Assert.Single(jobs, j => j.Message.StartsWith("已重新匹配", StringComparison.Ordinal));
        Assert.Equal((Projects, Projects), (computed.Done, computed.Total));
        Assert.All(jobs.Where(j => j != computed), j => Assert.Equal("匹配结果已是最新，无需重新匹配", j.Message));
        var logs = first.Output + second.Output;
        Assert.All(jobs, j => Assert.Equal(1, Occurrences(logs, $"开始任务 {j.Id}（rematch-all）")));
        Assert.Equal(1, Occurrences(logs, "已完成：已重新匹配"));
        Assert.Equal(Projects * channels, hostA.Count("match_results"));
        Assert.Equal(0, hostA.Count("match_results", "\"PluginVersion\" = '0.0.1-old'"));

        // 3. The same version of one project edited through both instances at once: one saved, one refused.
        using var list = JsonDocument.Parse(await first.Http.GetStringAsync("/api/projects?take=1"));
        var id = list.RootElement.GetProperty("items")[0].GetProperty("project").GetProperty("id").GetString()!;
        for (var round = 0; round < 3; round++)
        {
            using var read = JsonDocument.Parse(await first.Http.GetStringAsync($"/api/projects/{id}"));
            var version = read.RootElement.GetProperty("version").GetInt32();
            var responses = await Task.WhenAll(
                first.Http.PutAsync($"/api/projects/{id}", Edit(read, version, 1000 + round)),
                second.Http.PutAsync($"/api/projects/{id}", Edit(read, version, 2000 + round)));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            var refused = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync();
            Assert.Contains("保存被拒绝", refused);
            var saved = JsonNode.Parse(await responses.Single(r => r.IsSuccessStatusCode).Content.ReadAsStringAsync())!;
            Assert.Equal(version + 1, saved["version"]!.GetValue<int>());
            using var after = JsonDocument.Parse(await second.Http.GetStringAsync($"/api/projects/{id}"));
            Assert.Equal(saved["project"]!["annualPlan"]!.GetValue<decimal>(), after.RootElement.GetProperty("project").GetProperty("annualPlan").GetDecimal());
        }
        Assert.Equal(4, hostA.Count("reserve_audit", $"\"ProjectId\" = '{id}'"));

        // 4. Signed in on one instance, the clerk is signed in on the other, though each has its own home folder as on
        // two machines: the keys that protect the cookie are in the shared database, one key for both.
        using var plain = new HttpClient { BaseAddress = second.Http.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", first.Cookies.GetCookieHeader(first.Http.BaseAddress!));
        using var me = await plain.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("jtj", JsonNode.Parse(await me.Content.ReadAsStringAsync())!["login"]!.GetValue<string>());
        Assert.Equal(1, hostA.Count("accounts_key_ring"));
    }

    private static StringContent Edit(JsonDocument read, int version, decimal annualPlan)
    {
        var project = JsonNode.Parse(read.RootElement.GetProperty("project").GetRawText())!;
        project["annualPlan"] = annualPlan;
        var body = new JsonObject { ["version"] = version, ["project"] = project };
        return new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
    }

    private static int Occurrences(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static async Task WaitForJobsAsync(TestDatabase database)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (await database.CountAsync("jobs_queue", "\"State\" IN ('Queued', 'Running')") > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("后台任务三分钟内未完成");
            }
            await Task.Delay(200);
        }
    }

    private static async Task<List<JobRow>> JobsAsync(TestDatabase database)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "State", "ClaimedBy", COALESCE("Message", ''), "Done", "Total" FROM jobs_queue WHERE "Kind" = 'rematch-all' ORDER BY "Id" """;
        var jobs = new List<JobRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            jobs.Add(new JobRow(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5)));
        }
        return jobs;
    }

    private sealed record JobRow(long Id, string State, string? ClaimedBy, string Message, int Done, int Total);

    /// <summary>One running host process, its HTTP client, and everything it wrote to stdout and stderr.</summary>
    private sealed class Instance : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _lines = new();

        private Instance(Process process, HttpClient http, CookieContainer cookies)
        {
            _process = process;
            Http = http;
            Cookies = cookies;
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _lines.Enqueue(e.Data); } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _lines.Enqueue(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public HttpClient Http { get; }

        public CookieContainer Cookies { get; }

        public string Output => string.Join('\n', _lines);

        public static async Task<Instance> StartAsync(HostProcess host, string name, bool seed, string clerk = "jtj")
        {
            var port = WebHostTests.FreePort();
            var process = Process.Start(host.StartInfo([], new Dictionary<string, string>
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Reserve__InstanceName"] = name,
                ["Reserve__SeedDemoData"] = seed ? "true" : "false",
                ["Reserve__DemoProjectCount"] = Projects.ToString(),
                // Where ASP.NET Core would keep its keys by default: one folder per instance, as on two machines.
                ["HOME"] = Path.Combine(host.Root, "home"),
            }))!;
            var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
            var instance = new Instance(process, new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) }, handler.CookieContainer);
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"实例 {name} 退出：{instance.Output}");
                }
                try
                {
                    if ((await instance.Http.GetAsync("/login")).IsSuccessStatusCode)
                    {
                        // Each instance works as one of the two demo clerks of 交通运输局 (the demo accounts exist from the seeding start).
                        var login = await instance.Http.PostAsync("/api/auth/login", new StringContent(
                            $$"""{"login":"{{clerk}}","password":"Reserve2027"}""", System.Text.Encoding.UTF8, "application/json"));
                        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
                        return instance;
                    }
                }
                catch (HttpRequestException)
                {
                }
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"实例 {name} 两分钟内未开始监听：{instance.Output}");
                }
                await Task.Delay(200);
            }
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
