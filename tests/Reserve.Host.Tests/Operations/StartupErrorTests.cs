using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Reserve.Host.Tests.Operations;

/// <summary>What IT staff see when they mistype a command or start a second host on a taken port: Chinese, an exit code, no stack trace.</summary>
public sealed class StartupErrorTests
{
    [Fact]
    public void An_unknown_command_lists_the_commands_and_exits_2_without_starting_the_web_server()
    {
        using var host = new HostProcess(realPlugins: false);

        var (exit, output, error) = host.Run("frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("未知命令“frobnicate”", error);
        Assert.Contains("用法：Reserve.Host", error);
        Assert.Contains("backup --out", error);
        Assert.DoesNotContain("Now listening", output + error);
        Assert.False(Directory.Exists(host.DataPath), "no database may be made for a mistyped command");
    }

    [Fact]
    public async Task A_port_in_use_is_named_with_what_to_do_and_exit_1_without_a_stack_trace()
    {
        using var host = new HostProcess(realPlugins: false);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var info = host.StartInfo([], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Reserve__SeedDemoData"] = "false",
            ["HOME"] = Path.Combine(host.Root, "home"),
        });

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        var (printedOut, printedErr) = (await output, await error);
        var printed = printedOut + printedErr;

        Assert.Equal(1, process.ExitCode);
        Assert.Contains($"Reserve 未能启动：端口 {port} 已被占用", printedErr);
        Assert.Contains("ASPNETCORE_URLS", printedErr);
        Assert.DoesNotContain("   at ", printed);
        Assert.DoesNotContain("Unhandled exception", printed);
    }
}
