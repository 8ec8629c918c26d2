using System.Net;
using System.Text.Json;

namespace Reserve.Promotion.Web.Tests;

/// <summary>
/// Every 招商引资 and 审批服务 page and read route for every role: anonymous API calls get 401 (pages send them to
/// the login page), clerks read their own department's records and are refused another's, reviewers and city
/// leaders read everything, administrators nothing.
/// </summary>
[Collection(PromotionSiteCollection.Name)]
public sealed class RoutePermissionTests(PromotionSite site)
{
    public static readonly TheoryData<string> ReadRoutes = new()
    {
        "/api/promotion/deals", "/api/promotion/deals/{deal}", "/api/promotion/metrics?by=industry", "/api/promotion/metrics?by=department&asOf=2026-06-30",
        "/api/approvals", "/api/approvals/{approval}", "/api/approvals/summary?by=item", "/api/approvals?flagged=true",
        "/promotion", "/promotion?by=department&stage=签约", "/promotion/deals/{deal}", "/approvals", "/approvals?flagged=true",
    };

    public static readonly TheoryData<string> OtherDepartmentRoutes = new()
    {
        "/api/promotion/deals/{otherDeal}", "/api/promotion/deals?department={otherDept}", "/api/approvals/{otherApproval}",
        "/api/approvals?department={otherDept}", "/api/approvals/summary?department={otherDept}",
        "/promotion/deals/{otherDeal}", "/promotion?department={otherDept}", "/approvals?department={otherDept}",
    };

    [Theory]
    [MemberData(nameof(ReadRoutes))]
    public async Task Read_routes_answer_each_role_as_the_rules_say(string route)
    {
        var path = Fill(route);
        var anonymous = await site["anonymous"].GetAsync(path);
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.Contains("/login?ReturnUrl=", anonymous.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
        foreach (var role in new[] { "clerk", "reviewer", "leader" })
        {
            var response = await site[role].GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} GET {path}：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var admin = await site["admin"].GetAsync(path);
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        }
        else
        {
            // Pages send a refused role to the 无权访问 page, as every other page of the site does.
            Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
            Assert.StartsWith("/status/403", new Uri(new Uri("http://localhost"), admin.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(OtherDepartmentRoutes))]
    public async Task A_clerk_is_refused_another_departments_records_which_reviewers_and_leaders_read(string route)
    {
        var path = Fill(route);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site["reviewer"].GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site["leader"].GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_clerks_lists_hold_only_their_departments_deals_and_records()
    {
        var deals = (await site["clerk"].GetJsonAsync("/api/promotion/deals?take=500")).GetProperty("deals").EnumerateArray().ToList();
        var records = (await site["clerk"].GetJsonAsync("/api/approvals")).GetProperty("records").EnumerateArray().ToList();
        Assert.NotEmpty(deals);
        Assert.NotEmpty(records);
        Assert.All(deals, d => Assert.Equal(site.Department, PromotionSite.Dept(d)));
        Assert.All(records, r => Assert.Equal(site.Department, PromotionSite.Dept(r)));
        var all = (await site["reviewer"].GetJsonAsync("/api/promotion/deals")).GetProperty("count").GetInt32();
        Assert.True(all > deals.Count, $"审核员应看到全部 {all} 个，多于本部门的 {deals.Count} 个");
    }

    [Fact]
    public async Task The_metrics_count_the_deals_the_list_shows_at_their_stages_and_carry_their_definitions()
    {
        var deals = (await site["reviewer"].GetJsonAsync("/api/promotion/deals?take=500")).GetProperty("deals").EnumerateArray().ToList();
        var metrics = await site["reviewer"].GetJsonAsync("/api/promotion/metrics?by=event");
        var total = metrics.GetProperty("total");
        // No demo date lies after the site's today, so each deal's current stage is its stage as of today.
        string[] signedOrLater = ["签约", "落地", "开工", "投产"];
        Assert.Equal(deals.Count(d => signedOrLater.Contains(d.GetProperty("stage").GetString())), total.GetProperty("signed").GetInt32());
        Assert.Equal(deals.Count(d => signedOrLater[1..].Contains(d.GetProperty("stage").GetString())), total.GetProperty("landed").GetInt32());
        Assert.Equal(["履约率", "落地率", "开工率", "投产率", "资金到位率"], metrics.GetProperty("definitions").EnumerateArray().Select(d => d.GetProperty("name").GetString()));

        var page = WebUtility.HtmlDecode(await site["reviewer"].PageAsync("/promotion"));
        foreach (var definition in metrics.GetProperty("definitions").EnumerateArray())
        {
            Assert.Contains(definition.GetProperty("definition").GetString()!, page);
        }
        Assert.Contains("id=\"chart-promotion-rates\"", page);
        Assert.Contains("id=\"promotion-data\"", page);
    }

    [Fact]
    public async Task The_navigation_offers_both_pages_to_clerks_reviewers_and_leaders_only()
    {
        foreach (var role in new[] { "clerk", "reviewer", "leader" })
        {
            var page = await site[role].PageAsync("/projects");
            Assert.Contains("href=\"/promotion\">招商引资</a>", page);
            Assert.Contains("href=\"/approvals\">审批服务</a>", page);
        }
        Assert.DoesNotContain("href=\"/promotion\"", await site["admin"].PageAsync("/admin/plugins"));
    }

    private string Fill(string route) => route
        .Replace("{deal}", Id(site.OwnDeal), StringComparison.Ordinal)
        .Replace("{otherDeal}", Id(site.OtherDeal), StringComparison.Ordinal)
        .Replace("{approval}", Id(site.OwnApproval), StringComparison.Ordinal)
        .Replace("{otherApproval}", Id(site.OtherApproval), StringComparison.Ordinal)
        .Replace("{otherDept}", Uri.EscapeDataString(PromotionSite.Dept(site.OtherDeal)), StringComparison.Ordinal);

    private static string Id(JsonElement x) => x.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
