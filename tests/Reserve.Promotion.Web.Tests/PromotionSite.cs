using System.Text.Json;
using Reserve.Host.Tests.Web;

namespace Reserve.Promotion.Web.Tests;

/// <summary>
/// One site with the demo data (reserve, 招商 deals, approval records) on 20 October 2026, after the demo data's
/// own date, and one signed-in session per role. The clerk is one whose department has both deals and approval
/// records; "other" names a deal and a record of another department. Tests that change data each take records
/// of their own, so they do not disturb one another.
/// </summary>
public sealed class PromotionSite : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 10, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Demo clerks of the departments the demo deals are followed by (the demo module's DemoAccounts).</summary>
    private static readonly Dictionary<string, string> Clerks = new(StringComparer.Ordinal)
    {
        ["工信局"] = "gxj", ["商务局"] = "swuj", ["发改委"] = "fgwxm", ["文旅局"] = "wlj", ["农业农村局"] = "nyj", ["生态环境局"] = "sthjj", ["卫健委"] = "wjw",
    };

    internal ReserveWebFactory Factory { get; } = new();

    internal Dictionary<string, WebSession> Sessions { get; } = new(StringComparer.Ordinal);

    public string Department { get; private set; } = "";
    public JsonElement OwnDeal { get; private set; }
    public JsonElement OtherDeal { get; private set; }
    public JsonElement OwnApproval { get; private set; }
    public JsonElement OtherApproval { get; private set; }

    public async Task InitializeAsync()
    {
        Factory.Clock.Now = Now;
        Sessions["anonymous"] = Factory.Session();
        Sessions["reviewer"] = await Factory.SignedInAsync("fgw");
        Sessions["leader"] = await Factory.SignedInAsync("leader");
        Sessions["admin"] = await Factory.SignedInAsync("admin");
        var deals = (await Sessions["reviewer"].GetJsonAsync("/api/promotion/deals?take=500")).GetProperty("deals").EnumerateArray().ToList();
        var approvals = (await Sessions["reviewer"].GetJsonAsync("/api/approvals")).GetProperty("records").EnumerateArray().ToList();
        Department = Clerks.Keys.First(d => deals.Any(x => Dept(x) == d) && approvals.Any(x => Dept(x) == d));
        Sessions["clerk"] = await Factory.SignedInAsync(Clerks[Department]);
        OwnDeal = deals.First(x => Dept(x) == Department);
        OtherDeal = deals.First(x => Dept(x) != Department);
        OwnApproval = approvals.First(x => Dept(x) == Department);
        OtherApproval = approvals.First(x => Dept(x) != Department);
    }

    internal WebSession this[string role] => Sessions[role];

    public async Task DisposeAsync()
    {
        foreach (var session in Sessions.Values)
        {
            session.Dispose();
        }
        await Factory.DisposeAsync();
    }

    internal static string Dept(JsonElement x) => x.GetProperty("department").GetString()!;
}

/// <summary>The route tests share one site (starting the host is the slow part); they run one class after another.</summary>
[CollectionDefinition(Name)]
public sealed class PromotionSiteCollection : ICollectionFixture<PromotionSite>
{
    public const string Name = "promotion site";
}
