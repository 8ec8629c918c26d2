using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace Reserve.Web.Tests.Site;

/// <summary>
/// The real host, started as `dotnet run` would start it on the embedded default — its own SQLite file in a
/// fresh temporary folder, demo data and demo accounts seeded at first start — listening on a free loopback
/// port. One per test collection: starting takes tens of seconds. Tests that change state make their own
/// projects, so they do not depend on each other's order.
/// </summary>
public sealed class ReserveSite : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly ConcurrentQueue<string> _log = new();
    private Process? _process;

    public ReserveSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "reserve-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
    }

    public string Root { get; }
    public int Port { get; }
    public Uri BaseAddress { get; }

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The host's own output so far, for a failing test's message.</summary>
    public string Log => string.Join('\n', _log.TakeLast(60));

    public async Task InitializeAsync()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Root,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Reserve.Host.dll"));
        info.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        // `dotnet run` runs the host in its project folder, where wwwroot (ECharts, styles) lives.
        info.Environment["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepoRoot, "host", "Reserve.Host");
        info.Environment["Reserve__PluginsPath"] = Path.Combine(RepoRoot, "artifacts", "plugins");
        info.Environment["Reserve__DataPath"] = Path.Combine(Root, "data");
        info.Environment["Reserve__TemplatesPath"] = Path.Combine(RepoRoot, "templates");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync();
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
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A client with its own cookie jar that does not follow redirects (a test sees each 302).</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _log.Enqueue(line);
        while (_log.Count > 500 && _log.TryDequeue(out _))
        {
        }
    }

    /// <summary>Up when the login page answers: the port is bound only after migrations and seeding.</summary>
    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"host exited with {_process.ExitCode}:\n{Log}");
            }
            try
            {
                if ((await http.GetAsync("/login")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"host did not answer within {StartTimeout}:\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monolith.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Monolith.sln not found above " + AppContext.BaseDirectory);
    }
}
