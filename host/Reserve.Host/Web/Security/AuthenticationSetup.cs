using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Reserve.Accounts;

namespace Reserve.WebKit.Security;

/// <summary>
/// Cookie sign-in. Pages redirect to the login page; API routes answer 401/403 with a Chinese message
/// instead. Each request checks the session against its account (held in memory, see
/// <see cref="IAccounts.SessionAccountAsync"/>), so a disabled account, a changed role or department or a reset password
/// ends the session at its next request on this instance, and within a second on another sharing the database.
/// </summary>
internal static class AuthenticationSetup
{
    public static IServiceCollection AddReserveSecurity(this IServiceCollection services)
    {
        services.AddSharedKeyRing();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.AccessDeniedPath = "/status/403";
            options.Cookie.Name = "reserve.auth";
            options.Cookie.HttpOnly = true;
            // Strict keeps other sites from riding the cookie, which also protects the JSON API from forgery.
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized, "请先登录");
            options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden, "无权执行此操作");
            options.Events.OnValidatePrincipal = ValidateAsync;
        });
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "reserve.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.HeaderName = "X-CSRF-TOKEN";
        });
        return services;
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status, string message)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
            return context.Response.WriteAsJsonAsync(new { error = message });
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal is null)
        {
            return;
        }
        var accounts = context.HttpContext.RequestServices.GetRequiredService<IAccounts>();
        var account = await accounts.SessionAccountAsync(principal.Login(), context.HttpContext.RequestAborted);
        if (account is null || !account.Active || account.Role != principal.Role() || account.Department != principal.Department()
            || account.SessionStamp != principal.SessionStamp())
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
