using Reserve.Sdk.Projects;

namespace Reserve.Accounts.Web;

/// <summary>Accounts and departments over HTTP, for administrators only, as on the 账号与部门 page.</summary>
internal static class AccountEndpoints
{
    public sealed record NewUserRequest(string? Login, string? DisplayName, string? Role, string? Department, string? Password);
    public sealed record PasswordRequest(string? Password);
    public sealed record ActiveRequest(bool? Active);
    public sealed record RoleRequest(string? Role, string? Department);
    public sealed record DepartmentRequest(string? Name, string? FullName);

    public static void MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api").RequireAuthorization(Policies.Administer);

        admin.MapGet("/users", async (IAccounts accounts, TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return (await accounts.UsersAsync(ct)).Select(u => new
            {
                u.Login,
                u.DisplayName,
                Role = u.Role.ToString(),
                RoleName = ZhNames<Role>.Of(u.Role),
                u.Department,
                u.Active,
                Locked = u.LockedUntilUtc > now,
                LockedUntil = u.LockedUntilUtc > now ? LocalTimes.Text(u.LockedUntilUtc, clock) : null,
                LastSignIn = u.LastSignInUtc is null ? null : LocalTimes.Text(u.LastSignInUtc, clock),
            });
        }).WithSummary("全部账号（不含密码）");

        admin.MapPost("/users", async (NewUserRequest body, HttpContext http, AccountAdministration administration, CancellationToken ct) =>
            (await administration.CreateUserAsync(http.User, body.Login, body.DisplayName, body.Role, body.Department, body.Password, ct)).ToHttp())
            .WithSummary("新建账号（role：部门填报员/发改委审核员/市领导/系统管理员；部门填报员须给 department；初始密码至少 8 位，含字母和数字）");

        admin.MapPost("/users/{login}/role", async (string login, RoleRequest body, HttpContext http, AccountAdministration administration, CancellationToken ct) =>
            (await administration.SetRoleAsync(http.User, login, body.Role, body.Department, ct)).ToHttp())
            .WithSummary("变更账号的角色或部门（部门填报员须给 department；该账号已登录的会话随即失效）");

        admin.MapPost("/users/{login}/password", async (string login, PasswordRequest body, HttpContext http, AccountAdministration administration, CancellationToken ct) =>
            (await administration.SetPasswordAsync(http.User, login, body.Password, ct)).ToHttp())
            .WithSummary("重置密码（同时解除锁定；该账号已登录的会话随即失效）");

        admin.MapPost("/users/{login}/active", async (string login, ActiveRequest body, HttpContext http, AccountAdministration administration, CancellationToken ct) =>
            body.Active is { } active
                ? (await administration.SetActiveAsync(http.User, login, active, ct)).ToHttp()
                : Results.Json(new { error = "请给出 active：true 启用，false 停用" }, statusCode: StatusCodes.Status400BadRequest))
            .WithSummary("启用或停用账号");

        admin.MapPost("/users/{login}/unlock", async (string login, HttpContext http, AccountAdministration administration, CancellationToken ct) =>
            (await administration.UnlockAsync(http.User, login, ct)).ToHttp())
            .WithSummary("解除因密码错误造成的锁定");

        admin.MapGet("/departments", async (IAccounts accounts, CancellationToken ct) =>
            (await accounts.DepartmentsAsync(ct)).Select(d => new { d.Name, d.FullName, d.Active }))
            .WithSummary("全部部门");

        admin.MapPost("/departments", async (DepartmentRequest body, HttpContext http, AccountAdministration administration, CancellationToken ct) =>
            (await administration.AddDepartmentAsync(http.User, body.Name, body.FullName, ct)).ToHttp())
            .WithSummary("新增部门（name 简称，即项目的主管部门；fullName 全称）");
    }
}
