using Reserve.Web.Tests.Site;

namespace Reserve.Web.Tests.Http;

/// <summary>Who calls a route. <see cref="ClerkOfOtherDepartment"/> is 交通运输局's clerk reaching for 住建局's data.</summary>
public enum Caller
{
    Anonymous,
    Clerk,
    ClerkOfOtherDepartment,
    Reviewer,
    Leader,
    Admin,
}

internal static class Callers
{
    public static string? Login(this Caller caller) => caller switch
    {
        Caller.Anonymous => null,
        Caller.Clerk or Caller.ClerkOfOtherDepartment => Demo.Clerk,
        Caller.Reviewer => Demo.Reviewer,
        Caller.Leader => Demo.Leader,
        Caller.Admin => Demo.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    /// <summary>A client with the caller's session (none for an anonymous caller).</summary>
    public static async Task<HttpClient> ClientAsync(this Caller caller, ReserveSite site) =>
        caller.Login() is { } login ? (await ReserveApi.SignInAsync(site, login)).Http : site.Client();
}
