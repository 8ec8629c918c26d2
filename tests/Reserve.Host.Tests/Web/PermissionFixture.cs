using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>
/// One site and one signed-in session per role, shared by the permission tests. Those tests only read or
/// are refused, so they cannot disturb each other: an allowed change is always one the site turns down
/// for its content (a missing reason, a status that does not allow the move), after the permission check.
/// </summary>
public sealed class PermissionFixture : IAsyncLifetime
{
    /// <summary>The clerk of 工信局, whose demo list is already 已提交.</summary>
    public const string Clerk = "gxj";

    internal ReserveWebFactory Factory { get; } = new();

    internal Dictionary<string, WebSession> Sessions { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        Sessions["anonymous"] = Factory.Session();
        Sessions["clerk"] = await Factory.SignedInAsync(Clerk);
        Sessions["reviewer"] = await Factory.SignedInAsync("fgw");
        Sessions["leader"] = await Factory.SignedInAsync("leader");
        Sessions["admin"] = await Factory.SignedInAsync("admin");
    }

    public async Task DisposeAsync()
    {
        foreach (var session in Sessions.Values)
        {
            session.Dispose();
        }
        await Factory.DisposeAsync();
    }
}
