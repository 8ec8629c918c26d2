using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;

namespace Reserve.Dispatch.Web.Tests;

/// <summary>
/// The real host (Reserve.Host.dll built beside these tests) started once for the collection, on loopback, with its
/// own data folder: first start migrates, seeds the demo reserve, the demo accounts and the demo dispatch data.
/// </summary>
public sealed class DispatchSite : IAsyncLifetime
{
    public const string Password = "Reserve2027";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "reserve-dispatch-web-" + Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _log = new();
    private Process? _process;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = _root,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Reserve.Host.dll"));
        info.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        // The host's own folder as content root: appsettings.json and wwwroot (scripts, styles, ECharts) as in the source.
        info.Environment["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepoRoot, "host", "Reserve.Host");
        info.Environment["Reserve__DataPath"] = Path.Combine(_root, "data");
        // The test output has the host assembly but not its plugin and template folders: use the built ones.
        info.Environment["Reserve__PluginsPath"] = Path.Combine(RepoRoot, "artifacts", "plugins");
        info.Environment["Reserve__TemplatesPath"] = Path.Combine(RepoRoot, "templates");
        info.Environment["Reserve__DemoProjectCount"] = "150";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("主机进程已退出：" + Log);
            }
            try
            {
                if ((await http.GetAsync("/login")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("主机未在 5 分钟内启动：" + Log);
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>A client signed in as <paramref name="login"/> (cookie kept), or anonymous when null.</summary>
    public async Task<HttpClient> ClientAsync(string? login)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (login is not null)
        {
            var response = await http.PostAsJsonAsync("/api/auth/login", new { login, password = Password });
            Assert.True(response.IsSuccessStatusCode, $"{login} 登录失败：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return http;
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monolith.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Monolith.sln not found");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class DispatchSiteCollection : ICollectionFixture<DispatchSite>
{
    public const string Name = "dispatch site";
}
