using Reserve.Web.Tests.Site;

namespace Reserve.Web.Tests.Http;

/// <summary>
/// The projects the permission cases work on: one the clerk's department owns (made for these tests) and one of
/// another department (住建局's, from the demo data), and a reviewer's session (<see cref="Observer"/>) to look
/// at what was stored. Made once per host.
/// </summary>
internal sealed record PermissionScene(string OwnProject, string OwnName, string OtherProject, HttpClient Observer)
{
    public const string Channel = "special-bonds";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (ReserveSite Site, PermissionScene Scene)? _made;

    public string ProjectFor(Caller caller) => caller == Caller.ClerkOfOtherDepartment ? OtherProject : OwnProject;

    public static async Task<PermissionScene> ForAsync(ReserveSite site)
    {
        await Gate.WaitAsync();
        try
        {
            if (_made is { } made && made.Site == site)
            {
                return made.Scene;
            }
            using var clerk = await ReserveApi.SignInAsync(site, Demo.Clerk);
            var name = Demo.UniqueName("权限测试项目");
            var own = await clerk.CreateProjectAsync(name, Demo.ClerkDepartment);
            var reviewer = await ReserveApi.SignInAsync(site, Demo.Reviewer);
            var other = (await reviewer.ProjectIdsAsync(Demo.SubmittedDepartment, take: 1))[0];
            var scene = new PermissionScene(own, name, other, reviewer.Http);
            _made = (site, scene);
            return scene;
        }
        finally
        {
            Gate.Release();
        }
    }
}
