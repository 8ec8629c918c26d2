using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Reserve.Host.Web.Operations;
using Xunit;

namespace Reserve.Host.Tests.Operations;

/// <summary>What a load balancer and Prometheus read from a running host, and the logs as JSON lines.</summary>
public sealed class MonitoringTests
{
    [Fact]
    public async Task Health_readiness_and_metrics_answer_without_sign_in_and_logs_are_json_lines()
    {
        using var host = new HostProcess();
        await using var site = await RunningHost.StartAsync(host, new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Reserve__Metrics__AllowedNetworks"] = "10.20.0.0/16, 192.168.1.0/24",
        }, projects: 20);
        using var anonymous = site.Client();

        var live = await anonymous.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("live", await live.Content.ReadAsStringAsync());

        var ready = await anonymous.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using (var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
            var checks = report.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("description").GetString()!);
            Assert.Contains("各模块迁移均已应用", checks["database"]);
            Assert.Contains($"可用渠道 {HostProcess.RealChannels} 个", checks["plugins"]);
        }

        // A request the instrumentation counts, then the scrape.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/projects")).StatusCode);
        var scrape = await anonymous.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        var metrics = await scrape.Content.ReadAsStringAsync();
        Assert.Contains("http_server_request_duration_seconds_count{", metrics);
        // The demo projects were imported and matched in this process at start (a re-match may add a pass more).
        var passes = Value(metrics, @"reserve_match_passes_total\{[^}]*\}");
        Assert.True(passes >= 20 && passes % 20 == 0, $"{passes} passes");
        Assert.Equal(passes * HostProcess.RealChannels, Value(metrics, @"reserve_match_evaluations_total\{[^}]*\}"));
        Assert.Equal(20, Value(metrics, @"reserve_import_rows_total\{[^}]*outcome=""stored""[^}]*\}"));
        Assert.Matches(@"reserve_jobs_queue\{[^}]*state=""Queued""[^}]*\} \d+", metrics);
        Assert.Matches(@"reserve_plugins\{[^}]*status=""Active""[^}]*\} " + HostProcess.RealPlugins + @"\b", metrics);
        Assert.Matches(@"reserve_plugins\{[^}]*status=""Faulted""[^}]*\} 0\b", metrics);

        // Logs: one JSON object per line, with the category and the message's own fields.
        var lines = site.Output.Split('\n').Where(l => l.StartsWith('{')).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("Category", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
        }
        Assert.Contains(lines, l => l.Contains("已生成演示数据", StringComparison.Ordinal) && l.Contains("\"Count\":20", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_usable_plugin_the_instance_is_live_but_not_ready()
    {
        using var host = new HostProcess(realPlugins: false, "ThrowsOnLoad");
        await using var site = await RunningHost.StartAsync(host, new Dictionary<string, string> { ["Reserve__SeedDemoData"] = "false" });
        using var anonymous = site.Client();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        var ready = await anonymous.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Contains("没有可用的资金渠道", body);
        var metrics = await anonymous.GetStringAsync("/metrics");
        Assert.Matches(@"reserve_plugins\{[^}]*status=""Faulted""[^}]*\} 1\b", metrics);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("10.20.3.4", true)]
    [InlineData("::ffff:10.20.3.4", true)]
    [InlineData("192.168.1.77", true)]
    [InlineData("192.168.2.77", false)]
    [InlineData("10.21.0.1", false)]
    [InlineData("8.8.8.8", false)]
    public void Metrics_are_answered_to_loopback_and_the_configured_networks_only(string address, bool allowed)
    {
        var access = MetricsAccess.From(Configuration("10.20.0.0/16, 192.168.1.0/24"));

        Assert.Equal(allowed, access.Allows(IPAddress.Parse(address)));
    }

    [Fact]
    public void A_network_that_is_no_CIDR_stops_the_start_with_the_setting_named()
    {
        var refused = Assert.Throws<ArgumentException>(() => MetricsAccess.From(Configuration("10.20.0.0/16, intranet")));

        Assert.Contains("Reserve:Metrics:AllowedNetworks", refused.Message);
        Assert.Contains("“intranet”", refused.Message);
    }

    private static double Value(string metrics, string series)
    {
        var match = System.Text.RegularExpressions.Regex.Match(metrics, series + @" (?<value>[0-9.eE+-]+)");
        Assert.True(match.Success, $"no {series} in:\n{metrics}");
        return double.Parse(match.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IConfiguration Configuration(string networks) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Reserve:Metrics:AllowedNetworks"] = networks }).Build();
}
