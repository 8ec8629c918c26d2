using System.Diagnostics;
using System.Text;
using Reserve.Channels;
using Reserve.Channels.Activation;
using Reserve.Channels.Packages;

namespace Reserve.Channels.Web;

/// <summary>
/// What the check of an uploaded plugin zip found: the package (SHA-256, size, refusals), when it unpacked the
/// validation report, and when that passed the flip report over the whole reserve (text and XLSX).
/// </summary>
/// <summary><paramref name="Install"/>: when installing was asked for and the package passed, where it went or why it could not.</summary>
internal sealed record PluginUploadResult(string FileName, PackageResult Package, string? Report, bool Passed, string? Flips = null, byte[]? FlipWorkbook = null, InstallResult? Install = null);

/// <summary>The host the upload check runs its child processes as: its executable, and the plugins, templates and database it serves.</summary>
internal sealed record PluginCheckHost(string HostAssembly, string PluginsPath, string SharedTemplatesPath, Reserve.Persistence.DatabaseOptions Database);

/// <summary>
/// Checks a plugin uploaded as a zip without installing it: unpacks it under the limits and the optional hash
/// allow-list (<c>Reserve:Plugins:AllowedHashes</c>, <c>Reserve:Plugins:MaxUploadMegabytes</c>) into a temporary
/// folder, and runs <c>plugins validate</c> on it in a child process of this executable — the uploaded code runs
/// there, never inside the web host, and is gone with the process. A plugin that passes is then run over the whole
/// reserve against the serving version (<c>plugins flip</c>, same child-process rule, dated by the injected clock).
/// When asked to install, a package that passed is then put into the plugins folder as <c>&lt;Name&gt;@&lt;version&gt;/</c>
/// (<see cref="PluginInstaller"/>), loaded at once beside the running versions, and waits as 待启用; the install is
/// audited with the package's SHA-256. The temporary folder is removed afterwards.
/// </summary>
internal sealed class PluginUploadCheck(IConfiguration configuration, PluginCheckHost host, ChannelCatalog catalog, ILivePlugins live, IPluginActivation activation,
    TimeProvider clock, ILogger<PluginUploadCheck> logger)
{
    private static readonly TimeSpan ValidationBudget = TimeSpan.FromMinutes(5);

    public PluginPackageOptions PackageOptions { get; } = ReadOptions(configuration);

    public Task<PluginUploadResult> CheckAsync(Stream zip, string fileName, CancellationToken cancellationToken) =>
        CheckAsync(zip, fileName, null, cancellationToken);

    /// <param name="installAs">The administrator installing the package; null to check it only.</param>
    public async Task<PluginUploadResult> CheckAsync(Stream zip, string fileName, string? installAs, CancellationToken cancellationToken)
    {
        var work = Path.Combine(Path.GetTempPath(), "reserve-plugin-check-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = Path.Combine(work, "plugin");
            var package = await PluginPackage.UnpackAsync(zip, folder, PackageOptions, cancellationToken);
            logger.LogInformation("插件包 {File} SHA-256 {Hash}：{Outcome}", fileName, package.Sha256, package.Succeeded ? "已解压，开始校验" : string.Join("；", package.Problems));
            if (!package.Succeeded)
            {
                return new PluginUploadResult(fileName, package, null, false);
            }
            var (exit, report) = await RunChildAsync(["plugins", "validate", folder], cancellationToken);
            if (exit != 0)
            {
                return new PluginUploadResult(fileName, package, report, false);
            }
            var workbook = Path.Combine(work, "flips.xlsx");
            var asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var (flipExit, flips) = await RunChildAsync(["plugins", "flip", folder, "--as-of", asOf, "--out", workbook], cancellationToken);
            var install = installAs is null ? null : await InstallAsync(folder, fileName, package.Sha256, installAs, cancellationToken);
            return new PluginUploadResult(fileName, package, report, true, flips,
                flipExit == 0 && File.Exists(workbook) ? await File.ReadAllBytesAsync(workbook, cancellationToken) : null, install);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "临时目录 {Folder} 未能删除", work);
            }
        }
    }

    private async Task<InstallResult> InstallAsync(string folder, string fileName, string sha256, string actor, CancellationToken cancellationToken)
    {
        var installed = PluginInstaller.Install(folder, catalog.Directory, catalog.Plugins);
        logger.LogInformation("插件包 {File}（SHA-256 {Hash}）{Outcome}", fileName, sha256, installed.Succeeded ? "已安装到 " + installed.Folder : "未安装：" + installed.Problem);
        if (!installed.Succeeded)
        {
            return installed;
        }
        await activation.AuditAsync(installed.PluginId!, "安装插件包", actor, $"目录 {Path.GetFileName(installed.Folder)}",
            $"上传文件 {fileName}，SHA-256 {sha256}，校验通过", cancellationToken);
        await live.ScanAsync([installed.Folder!], cancellationToken);
        return installed;
    }

    private async Task<(int Exit, string Output)> RunChildAsync(string[] args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(host.HostAssembly);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["Reserve__TemplatesPath"] = Path.GetDirectoryName(host.SharedTemplatesPath)!;
        // The serving plugins and the reserve are this host's, whatever the child would find by default.
        info.Environment["Reserve__PluginsPath"] = host.PluginsPath;
        info.Environment["ConnectionStrings__Reserve"] = host.Database.ConnectionString;
        info.Environment["Reserve__Database__Provider"] = host.Database.Provider == Reserve.Persistence.DatabaseProvider.Postgres ? "postgres" : "sqlite";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("无法启动校验进程");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(ValidationBudget);
        try
        {
            await process.WaitForExitAsync(budget.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (1, $"超过 {ValidationBudget.TotalMinutes:0} 分钟未完成，已中止（插件代码可能陷入死循环）");
        }
        var text = await output;
        var errors = await error;
        return (process.ExitCode, string.IsNullOrWhiteSpace(errors) ? text : text + errors);
    }

    private static PluginPackageOptions ReadOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection("Reserve:Plugins");
        var megabytes = section.GetValue<int?>("MaxUploadMegabytes") ?? (int)(PluginPackageOptions.DefaultMaxZipBytes / 1024 / 1024);
        var maxBytes = Math.Max(1, megabytes) * 1024L * 1024L;
        var hashes = PluginPackageOptions.Hashes(section.GetSection("AllowedHashes").GetChildren().Select(c => c.Value));
        return PluginPackageOptions.Default with { MaxZipBytes = maxBytes, MaxUnpackedBytes = 10 * maxBytes, AllowedHashes = hashes };
    }
}
