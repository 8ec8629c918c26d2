using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Xunit;

namespace Reserve.Host.Tests.Operations;

/// <summary>
/// The built web host running as a process of its own on a free loopback port, with everything it prints kept (and
/// drained, so a full pipe never stalls it). Disposing kills it; <see cref="KillAsync"/> does so mid-work on purpose.
/// </summary>
internal sealed class RunningHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private RunningHost(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _lines.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _lines.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public string Output => string.Join('\n', _lines);

    public bool HasExited => _process.HasExited;

    public static async Task<RunningHost> StartAsync(HostProcess host, IDictionary<string, string>? environment = null, int projects = 30)
    {
        var port = WebHostTests.FreePort();
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Reserve__DemoProjectCount"] = projects.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["HOME"] = Path.Combine(host.Root, "home"),
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        var running = new RunningHost(Process.Start(host.StartInfo([], settings))!, port);
        using var http = new HttpClient { BaseAddress = running.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (true)
        {
            if (running.HasExited)
            {
                throw new InvalidOperationException("host exited: " + running.Output);
            }
            try
            {
                if ((await http.GetAsync("/login")).IsSuccessStatusCode)
                {
                    return running;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            Assert.True(DateTime.UtcNow < deadline, "host did not start listening: " + running.Output);
            await Task.Delay(250);
        }
    }

    public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A client signed in as one of the demo accounts.</summary>
    public async Task<HttpClient> SignedInAsync(string login)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var response = await http.PostAsync("/api/auth/login", new StringContent($$"""{"login":"{{login}}","password":"Reserve2027"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return http;
    }

    /// <summary>Kills the process at once (no graceful shutdown: nothing of it gets to hand work back).</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
