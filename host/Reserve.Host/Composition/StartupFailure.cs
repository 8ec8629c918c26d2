using System.Data.Common;
using System.Net.Sockets;

namespace Reserve.Host.Composition;

/// <summary>
/// Failures of start-up that come from the setting, not from a bug: a connection string that cannot be read, a
/// database that cannot be reached or opened, a database folder that cannot be made. They are reported as one Chinese paragraph for the IT staff and the
/// host exits with code 1, rather than with a stack trace; anything else still surfaces as it is.
/// </summary>
internal static class StartupFailure
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

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
