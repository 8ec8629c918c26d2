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
            var baseAddress = new Uri($"http://127.0.0.1:{port}");
            using var anonymous = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilUp(anonymous, process);

            // Everything but the login page needs a signed-in user.
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/projects")).StatusCode);
            using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };
            var redirected = await noRedirects.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
            Assert.StartsWith("/login", redirected.Headers.Location!.PathAndQuery);

            using var http = await SignedInAsync(baseAddress, "fgw");
            var home = await http.GetStringAsync("/");
            Assert.Contains("项目储备与资金渠道匹配", home);
            Assert.Contains("<span>储备项目</span><b>50 个</b>", home);

            using var projects = JsonDocument.Parse(await http.GetStringAsync("/api/projects?take=5"));
            Assert.Equal(50, projects.RootElement.GetProperty("total").GetInt32());
            var id = projects.RootElement.GetProperty("items")[0].GetProperty("project").GetProperty("id").GetString()!;

            using var matches = JsonDocument.Parse(await http.GetStringAsync($"/api/projects/{id}/matches"));
            Assert.Equal(HostProcess.RealChannels, matches.RootElement.GetArrayLength());

            using var summary = JsonDocument.Parse(await http.GetStringAsync("/api/matches/summary"));
            var total = summary.RootElement.EnumerateArray().Sum(c =>
                c.GetProperty("eligible").GetInt32() + c.GetProperty("unconfirmed").GetInt32() + c.GetProperty("ineligible").GetInt32() + c.GetProperty("needsInformation").GetInt32());
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

            // The faulted fixture plugin is listed, with its fault, for the administrator.
            using var admin = await SignedInAsync(baseAddress, "admin");
            Assert.Contains("故意抛出的加载异常", await admin.GetStringAsync("/admin/plugins"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    internal static async Task WaitUntilUp(HttpClient http, Process process)
    {
        // First start migrates every module and seeds the reserve, accounts, dispatch, promotion and approvals.
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("host exited: " + await process.StandardError.ReadToEndAsync());
            }
            try
            {
                if ((await http.GetAsync("/login")).IsSuccessStatusCode)
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

    /// <summary>A client with the session cookie of a demo account (the demo accounts exist while demo data is on).</summary>
    private static async Task<HttpClient> SignedInAsync(Uri baseAddress, string login)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var response = await http.PostAsync("/api/auth/login", new StringContent($$"""{"login":"{{login}}","password":"Reserve2027"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return http;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
