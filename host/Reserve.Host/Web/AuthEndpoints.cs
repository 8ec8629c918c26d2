using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Reserve.Accounts;
using Reserve.WebKit.Security;

namespace Reserve.Host.Web;

/// <summary>Sign-in for API clients: the same cookie, the same lock-out, as the login page.</summary>
internal static class AuthEndpoints
{
    public sealed record Credentials(string Login, string Password);

    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth");
        auth.MapPost("/login", async (Credentials credentials, IAccounts accounts, HttpContext http, CancellationToken ct) =>
        {
            var result = await accounts.SignInAsync(credentials.Login ?? "", credentials.Password ?? "", ct);
            if (!result.Succeeded)
            {
                var status = result.Status == SignInStatus.LockedOut ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized;
                return Results.Json(new { error = result.Message }, statusCode: status);
            }
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ReserveClaims.Principal(result.User!, CookieAuthenticationDefaults.AuthenticationScheme));
            return Results.Json(Me(result.User!));
        }).AllowAnonymous().WithSummary("登录（设置会话 Cookie）");

        auth.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).WithSummary("退出登录");

        auth.MapGet("/me", async (HttpContext http, IAccounts accounts, CancellationToken ct) =>
            await accounts.FindAsync(http.User.Login(), ct) is { } user ? Results.Json(Me(user)) : Results.Unauthorized()).WithSummary("当前用户");
    }

    private static object Me(UserAccount user) => new
    {
        user.Login,
        user.DisplayName,
        Role = user.Role.ToString(),
        RoleName = Reserve.Sdk.Projects.ZhNames<Role>.Of(user.Role),
        user.Department,
    };
}
