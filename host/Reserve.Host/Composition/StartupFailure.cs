using System.Data.Common;
using System.Net.Sockets;

namespace Reserve.Host.Composition;

/// <summary>
/// Failures of start-up that come from the setting, not from a bug: a connection string that cannot be read, a
/// database that cannot be reached or opened, a database folder that cannot be made. They are reported as one Chinese paragraph for the IT staff and the
/// host exits with code 1, rather than with a stack trace; anything else still surfaces as it is.
/// </summary>
internal static partial class StartupFailure
{
    /// <param name="configuring">
    /// Still reading the configuration (before the host is built): there an <see cref="ArgumentException"/> is a value
    /// the options refused (a connection string, a provider name); later it would be a bug.
    /// </param>
    public static bool IsSetting(Exception exception, bool configuring) =>
        Chain(exception).Any(e => e is DbException or SocketException or TimeoutException or IOException or UnauthorizedAccessException
            || (configuring && e is ArgumentException));

    public static string Describe(Exception exception)
    {
        var chain = Chain(exception).ToList();
        var reasons = chain.Select(e => e.Message.Trim()).Where(m => m.Length > 0).Distinct().ToList();
        var hint = chain.Any(e => e is DbException or SocketException or TimeoutException)
            ? "请检查连接字符串 ConnectionStrings:Reserve（环境变量 ConnectionStrings__Reserve）是否正确、数据库是否已启动并可连接。"
            : chain.Any(e => e is IOException or UnauthorizedAccessException)
                ? "请检查连接字符串 ConnectionStrings:Reserve 中的数据库文件路径（或 Reserve:DataPath）是否存在、本程序能否写入。"
                : "请检查配置（appsettings.json、环境变量或命令行参数）。";
        return $"Reserve 未能启动：{string.Join(" ← ", reasons)}\n{hint}";
    }

    /// <summary>The port Kestrel could not bind because another program holds it, or null when that is not the failure.</summary>
    public static int? PortInUse(Exception exception)
    {
        if (!Chain(exception).Any(e => e is Microsoft.AspNetCore.Connections.AddressInUseException))
        {
            return null;
        }
        // Kestrel names the address it tried: "Failed to bind to address http://127.0.0.1:5000: address already in use."
        var match = Chain(exception).Select(e => BoundAddress().Match(e.Message)).FirstOrDefault(m => m.Success);
        return match is null ? 0 : int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string DescribePortInUse(int port, Exception exception)
    {
        var shown = port > 0 ? port.ToString(System.Globalization.CultureInfo.InvariantCulture) : "（未知）";
        var other = port > 0 ? port + 1 : 5001;
        var address = Chain(exception).Select(e => BoundAddress().Match(e.Message)).FirstOrDefault(m => m.Success)?.Value;
        return $"""
            Reserve 未能启动：端口 {shown} 已被占用{(address is null ? "" : $"（{address}）")}，另一个程序（也许是另一个已在运行的 Reserve）正在监听它。
            请先停止占用该端口的程序（Linux 上可用 ss -ltnp 'sport = :{shown}' 查看是哪个进程），或换一个端口启动：
              环境变量 ASPNETCORE_URLS=http://localhost:{other}，或命令行参数 --urls http://localhost:{other}
            """;
    }

    /// <summary>Stops what did start (the background runner hands its job back), ignoring a second failure on the way down.</summary>
    public static async Task StopQuietlyAsync(Microsoft.AspNetCore.Builder.WebApplication app)
    {
        try
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or ObjectDisposedException or IOException)
        {
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://[^\s]+:(?<port>\d+)")]
    private static partial System.Text.RegularExpressions.Regex BoundAddress();

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
