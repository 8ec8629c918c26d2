using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Host.Tests;

/// <summary>The web host as `dotnet run` starts it: migrations, demo data on first start, pages and API on loopback.</summary>
public sealed class WebHostTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task First_start_seeds_demo_data_matches_it_and_serves_pages_and_api(DatabaseProvider provider)
    {
        using var host = await HostProcess.OnAsync(provider, true, "ThrowsOnLoad");
        var port = FreePort();
        var info = host.StartInfo([], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Reserve__DemoProjectCount"] = "50",
        });
        using var process = Process.Start(info)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilUp(http, process);

            var home = await http.GetStringAsync("/");
            Assert.Contains("项目储备与资金渠道匹配", home);
            Assert.Contains("储备项目 <strong>50</strong> 个", home);
            Assert.Contains("故意抛出的加载异常", home);

            using var projects = JsonDocument.Parse(await http.GetStringAsync("/api/projects?take=5"));
            Assert.Equal(50, projects.RootElement.GetProperty("total").GetInt32());
            var id = projects.RootElement.GetProperty("items")[0].GetProperty("project").GetProperty("id").GetString()!;

            using var matches = JsonDocument.Parse(await http.GetStringAsync($"/api/projects/{id}/matches"));
            Assert.Equal(HostProcess.RealChannels, matches.RootElement.GetArrayLength());

            using var summary = JsonDocument.Parse(await http.GetStringAsync("/api/matches/summary"));
            var total = summary.RootElement.EnumerateArray().Sum(c =>
            {
                var n = c.GetProperty("counts");
                return n.GetProperty("eligible").GetInt32() + n.GetProperty("ineligible").GetInt32() + n.GetProperty("needsInformation").GetInt32() + n.GetProperty("errors").GetInt32();
            });
            Assert.Equal(50 * HostProcess.RealChannels, total);

            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/projects/nope")).StatusCode);

            var preview = await http.GetAsync($"/api/projects/{id}/documents/special-bonds?format=html");
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            Assert.Contains("项目实施方案", await preview.Content.ReadAsStringAsync());
            var docx = await http.GetAsync($"/api/projects/{id}/documents/special-bonds");
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
            var summaryXlsx = await http.GetAsync("/api/summary.xlsx");
            Assert.Equal(HttpStatusCode.OK, summaryXlsx.StatusCode);
            Assert.Contains("\"openapi\"", await http.GetStringAsync("/openapi/v1.json"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    internal static async Task WaitUntilUp(HttpClient http, Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("host exited: " + await process.StandardError.ReadToEndAsync());
            }
            try
            {
                if ((await http.GetAsync("/api/plugins")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("host did not start listening");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
