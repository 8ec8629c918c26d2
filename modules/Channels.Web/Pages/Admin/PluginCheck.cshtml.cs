using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.WebKit.Security;

namespace Reserve.Channels.Web.Pages.Admin;

/// <summary>
/// 检查插件包: an administrator uploads a plugin folder as a zip and sees its SHA-256, whether the package is
/// acceptable (size, paths, allow-list), the full validation report and the flip report. With 检查并安装 a package
/// that passed is installed into the plugins folder and loaded at once as 待启用 (audited); a check alone changes
/// nothing and keeps no audit entry.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
internal sealed class PluginCheckModel(PluginUploadCheck check) : PageModel
{
    // The form's own ceiling; the configured package limit (Reserve:Plugins:MaxUploadMegabytes) is checked below it with a clear reason.
    public const int MaxRequestBytes = 200 * 1024 * 1024;

    public PluginUploadResult? Result { get; private set; }
    public string? Error { get; private set; }
    public long LimitMegabytes => check.PackageOptions.MaxZipBytes / 1024 / 1024;
    public int AllowedHashes => check.PackageOptions.AllowedHashes.Count;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, bool install, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Error = "请选择插件包（.zip，内含 plugin.json）";
            return Page();
        }
        await using var stream = file.OpenReadStream();
        Result = await check.CheckAsync(stream, Path.GetFileName(file.FileName), install ? User.AuditName() : null, cancellationToken);
        return Page();
    }
}
