using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reserve.WebKit;

/// <summary>How a page refuses with a reason: the status code goes out, and the status page shows the reason.</summary>
public static class PageRefusals
{
    public const string ReasonKey = "reserve:refusal";

    public static IActionResult Refuse(this PageModel page, int status, string reason)
    {
        page.HttpContext.Items[ReasonKey] = reason;
        return page.StatusCode(status);
    }
}
