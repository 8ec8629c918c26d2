using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reserve.Host.Pages;

/// <summary>
/// The page people see for a refused or missing page (re-executed by the status-code middleware, so the
/// status stays 403/404). A page that refuses says why through <see cref="PageRefusals.Refuse"/>.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Reason { get; private set; } = "";

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private IActionResult Show(int code)
    {
        var reason = HttpContext.Items[PageRefusals.ReasonKey] as string;
        (Title, Reason) = code switch
        {
            StatusCodes.Status403Forbidden => ("无权访问", reason ?? "您的账号没有访问该页面的权限。"),
            StatusCodes.Status404NotFound => ("未找到", reason ?? "没有这个页面。"),
            StatusCodes.Status400BadRequest => ("请求无效", reason ?? "请求无效：页面可能已过期，请刷新后重试。"),
            _ => ("出错了", reason ?? $"请求未能完成（{code}）。"),
        };
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            // Asked for directly rather than re-executed: answer with the status it names.
            Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
