using System.Diagnostics;
using System.Text;
using Reserve.Channels.Packages;
using Reserve.Host.Composition;

namespace Reserve.Host.Web.Admin;

/// <summary>What the check of an uploaded plugin zip found: the package (SHA-256, size, refusals) and, when it unpacked, the validation report.</summary>
internal sealed record PluginUploadResult(string FileName, PackageResult Package, string? Report, bool Passed);

/// <summary>
/// Checks a plugin uploaded as a zip without installing it: unpacks it under the limits and the optional hash
/// allow-list (<c>Reserve:Plugins:AllowedHashes</c>, <c>Reserve:Plugins:MaxUploadMegabytes</c>) into a temporary
/// folder, and runs <c>plugins validate</c> on it in a child process of this executable — the uploaded code runs
/// there, never inside the web host, and is gone with the process. The folder is removed afterwards.
/// </summary>
internal sealed class PluginUploadCheck(IConfiguration configuration, ReserveOptions options, ILogger<PluginUploadCheck> logger)
{
    private static readonly TimeSpan ValidationBudget = TimeSpan.FromMinutes(3);

    public PluginPackageOptions PackageOptions { get; } = ReadOptions(configuration);

    public async Task<PluginUploadResult> CheckAsync(Stream zip, string fileName, CancellationToken cancellationToken)
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
            var (exit, report) = await ValidateInChildAsync(folder, cancellationToken);
            return new PluginUploadResult(fileName, package, report, exit == 0);
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

    private async Task<(int Exit, string Report)> ValidateInChildAsync(string folder, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(typeof(PluginUploadCheck).Assembly.Location);
        info.ArgumentList.Add("plugins");
        info.ArgumentList.Add("validate");
        info.ArgumentList.Add(folder);
        info.Environment["Reserve__TemplatesPath"] = Path.GetDirectoryName(options.SharedTemplatesPath)!;
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
            return (1, $"校验超过 {ValidationBudget.TotalMinutes:0} 分钟未完成，已中止（插件代码可能陷入死循环）");
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
