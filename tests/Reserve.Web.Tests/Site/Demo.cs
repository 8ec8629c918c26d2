// One level up from the site helpers, so that `Demo.` in the tests finds this class before the Reserve.Demo namespace.
namespace Reserve.Web.Tests;

/// <summary>
/// The demo accounts the host creates at first start (the demo module, DemoAccounts). 交通运输局's list is a
/// draft, so its clerks may edit; 住建局 has submitted, so its clerk may edit only what a reviewer returned.
/// </summary>
internal static class Demo
{
    public const string Password = "Reserve2027";

    public const string Clerk = "jtj";
    public const string SecondClerk = "jtj2";
    public const string ClerkDepartment = "交通运输局";

    public const string SubmittedClerk = "zjj";
    public const string SubmittedDepartment = "住建局";

    /// <summary>文旅局's clerk: only the lock-out test uses (and locks) this account.</summary>
    public const string LockoutClerk = "wlj";

    public const string Reviewer = "fgw";
    public const string Leader = "leader";
    public const string Admin = "admin";

    /// <summary>A name no demo project has, so a test finds exactly what it made.</summary>
    public static string UniqueName(string what) => $"测试{what}{Guid.NewGuid().ToString("N")[..8]}";
}
