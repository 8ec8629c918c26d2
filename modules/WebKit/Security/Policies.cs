using Microsoft.AspNetCore.Authorization;
using Reserve.Accounts;

namespace Reserve.WebKit.Security;

/// <summary>
/// Who may do what (issue 5). Department clerks edit their own department's projects; reviewers see every
/// department and decide; city leaders read; administrators run plugins, accounts and departments.
/// </summary>
public static class Policies
{
    public const string ReadReserve = "read-reserve";
    public const string EditProjects = "edit-projects";
    public const string Review = "review";
    public const string Dashboards = "dashboards";
    public const string Administer = "administer";
    public const string StartJobs = "start-jobs";

    public static void Add(AuthorizationOptions options)
    {
        // Everything needs a signed-in user unless it says otherwise (only the login page does).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ReadReserve, p => p.RequireRole(nameof(Role.DepartmentClerk), nameof(Role.Reviewer), nameof(Role.CityLeader)));
        options.AddPolicy(EditProjects, p => p.RequireRole(nameof(Role.DepartmentClerk)));
        options.AddPolicy(Review, p => p.RequireRole(nameof(Role.Reviewer)));
        options.AddPolicy(Dashboards, p => p.RequireRole(nameof(Role.Reviewer), nameof(Role.CityLeader), nameof(Role.DepartmentClerk)));
        options.AddPolicy(Administer, p => p.RequireRole(nameof(Role.Administrator)));
        // Leaders only read: they follow jobs but do not start them.
        options.AddPolicy(StartJobs, p => p.RequireRole(nameof(Role.DepartmentClerk), nameof(Role.Reviewer)));
    }
}
