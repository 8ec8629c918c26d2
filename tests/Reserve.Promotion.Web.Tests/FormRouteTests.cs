using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reserve.Promotion.Web.Tests;

/// <summary>
/// The routes and pages added for entering 招商 data: events listed and edited, 扶持办法 recorded, the accounts a
/// deal may be followed by, deals a page at a time, metrics by 园区, 招商方式 and 产业链 — each for every role, and
/// another department's deals refused to a clerk.
/// </summary>
[Collection(PromotionSiteCollection.Name)]
public sealed partial class FormRouteTests(PromotionSite site)
{
    public static readonly TheoryData<string> ReadRoutes = new()
    {
        "/api/promotion/events", "/api/promotion/events?skip=2&take=2", "/api/promotion/followers",
        "/api/promotion/metrics?by=park", "/api/promotion/metrics?by=method", "/api/promotion/metrics?by=chain", "/api/promotion/metrics?by=chainlink",
        "/api/promotion/deals?take=5&skip=5", "/promotion/events", "/promotion?by=park", "/promotion?p=2",
    };

    [Theory]
    [MemberData(nameof(ReadRoutes))]
    public async Task New_read_routes_answer_clerks_reviewers_and_leaders_and_refuse_the_rest(string path)
    {
        var anonymous = await site["anonymous"].GetAsync(path);
        Assert.Equal(path.StartsWith("/api/", StringComparison.Ordinal) ? HttpStatusCode.Unauthorized : HttpStatusCode.Redirect, anonymous.StatusCode);
        foreach (var role in new[] { "clerk", "reviewer", "leader" })
        {
            var response = await site[role].GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} GET {path}：{(int)response.StatusCode}");
        }
        var admin = await site["admin"].GetAsync(path);
        Assert.Equal(path.StartsWith("/api/", StringComparison.Ordinal) ? HttpStatusCode.Forbidden : HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task The_entry_pages_open_for_clerks_and_reviewers_only_and_a_clerk_only_on_the_own_departments_deals()
    {
        var own = site.OwnDeal.GetProperty("id").GetInt64();
        var other = site.OtherDeal.GetProperty("id").GetInt64();
        foreach (var path in new[] { "/promotion/deals/edit", $"/promotion/deals/edit/{own}", "/promotion/events/edit" })
        {
            Assert.Equal(HttpStatusCode.OK, (await site["clerk"].GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await site["reviewer"].GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await site["leader"].GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await site["admin"].GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await site["anonymous"].GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].GetAsync($"/promotion/deals/edit/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site["reviewer"].GetAsync($"/promotion/deals/edit/{other}")).StatusCode);
        var firstEvent = (await site["reviewer"].GetJsonAsync("/api/promotion/events")).GetProperty("events")[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].GetAsync($"/promotion/events/edit/{firstEvent}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site["reviewer"].GetAsync($"/promotion/events/edit/{firstEvent}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].GetAsync($"/api/promotion/followers?department={Uri.EscapeDataString(PromotionSite.Dept(site.OtherDeal))}")).StatusCode);
    }

    [Fact]
    public async Task The_deal_list_comes_a_page_at_a_time_with_the_total_and_filters_by_park_method_and_chain()
    {
        var all = await site["reviewer"].GetJsonAsync("/api/promotion/deals?take=500");
        var total = all.GetProperty("count").GetInt32();
        var page = await site["reviewer"].GetJsonAsync("/api/promotion/deals?skip=10&take=10");
        Assert.Equal(total, page.GetProperty("count").GetInt32());
        Assert.Equal(10, page.GetProperty("deals").GetArrayLength());
        Assert.Equal(all.GetProperty("deals")[10].GetProperty("id").GetInt64(), page.GetProperty("deals")[0].GetProperty("id").GetInt64());
        Assert.Equal(50, (await site["reviewer"].GetJsonAsync("/api/promotion/deals")).GetProperty("deals").GetArrayLength());

        var park = all.GetProperty("deals").EnumerateArray().First(d => d.GetProperty("park").ValueKind == JsonValueKind.String).GetProperty("park").GetString()!;
        var inPark = await site["reviewer"].GetJsonAsync($"/api/promotion/deals?take=500&park={Uri.EscapeDataString(park)}&method={Uri.EscapeDataString("节会招商")}");
        Assert.NotEqual(0, inPark.GetProperty("count").GetInt32());
        Assert.All(inPark.GetProperty("deals").EnumerateArray(), d => Assert.Equal((park, "节会招商"), (d.GetProperty("park").GetString(), d.GetProperty("method").GetString())));

        var html = WebUtility.HtmlDecode(await site["reviewer"].PageAsync("/promotion"));
        Assert.Contains($"<span id=\"deal-count\">{total}</span>", html);
        Assert.Equal(50, DealRow().Matches(html).Count);
        Assert.Contains("id=\"deal-pages\"", html);
        foreach (var dimension in new[] { "dimension-park", "dimension-method", "dimension-chain" })
        {
            Assert.Contains($"id=\"{dimension}\"", html);
        }
    }

    [Fact]
    public async Task Metrics_by_park_count_the_same_signed_deals_as_by_event_and_a_bad_grouping_is_named()
    {
        var byEvent = (await site["reviewer"].GetJsonAsync("/api/promotion/metrics?by=event")).GetProperty("total");
        foreach (var by in new[] { "park", "method", "chain", "chainlink" })
        {
            var metrics = await site["reviewer"].GetJsonAsync($"/api/promotion/metrics?by={by}");
            Assert.Equal(byEvent.GetProperty("signed").GetInt32(), metrics.GetProperty("total").GetProperty("signed").GetInt32());
            Assert.Equal(byEvent.GetProperty("signed").GetInt32(), metrics.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("signed").GetInt32()));
        }
        var clerk = (await site["clerk"].GetJsonAsync("/api/promotion/metrics?by=park")).GetProperty("total").GetProperty("signed").GetInt32();
        Assert.True(clerk < byEvent.GetProperty("signed").GetInt32(), "部门填报员的指标只含本部门的项目");
        var bad = await site["reviewer"].GetJsonAsync("/api/promotion/metrics?by=county", HttpStatusCode.BadRequest);
        Assert.Contains("park（园区）", bad.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Events_are_changed_by_reviewers_only_with_their_version()
    {
        var created = await site["clerk"].PostJsonAsync("/api/promotion/events", new { name = "测试集中签约（修改）", kind = "集中签约", heldOn = "2026-09-18", place = "嘉峪关" }, HttpStatusCode.OK);
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal("集中签约", created.GetProperty("kind").GetString());
        var change = new { name = "测试集中签约（已改）", kind = "网络招商", heldOn = "2026-09-19", version = created.GetProperty("version").GetInt32() };
        Assert.Equal(HttpStatusCode.Unauthorized, (await site["anonymous"].Http.PutAsJsonAsync($"/api/promotion/events/{id}", change)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["leader"].Http.PutAsJsonAsync($"/api/promotion/events/{id}", change)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["admin"].Http.PutAsJsonAsync($"/api/promotion/events/{id}", change)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].Http.PutAsJsonAsync($"/api/promotion/events/{id}", change)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site["reviewer"].Http.PutAsJsonAsync("/api/promotion/events/987654", change)).StatusCode);
        var edited = await site["reviewer"].JsonAsync(await site["reviewer"].Http.PutAsJsonAsync($"/api/promotion/events/{id}", change), HttpStatusCode.OK);
        Assert.Equal(("测试集中签约（已改）", "网络招商", 2), (edited.GetProperty("name").GetString(), edited.GetProperty("kind").GetString(), edited.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, (await site["reviewer"].Http.PutAsJsonAsync($"/api/promotion/events/{id}", change)).StatusCode);
        var wrongKind = await site["reviewer"].JsonAsync(await site["reviewer"].Http.PutAsJsonAsync($"/api/promotion/events/{id}", change with { kind = "茶话会", version = 2 }), HttpStatusCode.BadRequest);
        Assert.Contains("活动类型：“茶话会”", wrongKind.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Support_is_recorded_by_the_departments_clerk_and_reviewers_and_refused_to_everyone_else()
    {
        var deals = (await site["reviewer"].GetJsonAsync("/api/promotion/deals?take=500")).GetProperty("deals").EnumerateArray().ToList();
        string[] signed = ["签约", "落地", "开工", "投产"];
        var own = deals.First(d => PromotionSite.Dept(d) == site.Department && signed.Contains(d.GetProperty("stage").GetString()));
        var other = deals.First(d => PromotionSite.Dept(d) != site.Department && signed.Contains(d.GetProperty("stage").GetString()));
        object Body(JsonElement d) => new { item = "固定资产投资补助", basis = "嘉政办发〔2026〕12号", amount = 200m, grantedOn = "2026-10-20", version = d.GetProperty("version").GetInt32() };
        foreach (var (role, deal, expected) in new[]
                 {
                     ("anonymous", own, HttpStatusCode.Unauthorized), ("leader", own, HttpStatusCode.Forbidden), ("admin", own, HttpStatusCode.Forbidden), ("clerk", other, HttpStatusCode.Forbidden),
                 })
        {
            Assert.Equal(expected, (await site[role].PostJsonAsync($"/api/promotion/deals/{deal.GetProperty("id").GetInt64()}/support", Body(deal))).StatusCode);
        }
        foreach (var (role, deal) in new[] { ("clerk", own), ("reviewer", other) })
        {
            var id = deal.GetProperty("id").GetInt64();
            var current = (await site[role].GetJsonAsync($"/api/promotion/deals/{id}")).GetProperty("deal");
            var saved = await site[role].PostJsonAsync($"/api/promotion/deals/{id}/support", Body(current), HttpStatusCode.OK);
            Assert.Contains(saved.GetProperty("support").EnumerateArray(), g => g.GetProperty("basis").GetString() == "嘉政办发〔2026〕12号" && g.GetProperty("amount").GetDecimal() == 200m);
            var refused = await site[role].PostJsonAsync($"/api/promotion/deals/{id}/support", new { item = "", basis = "", grantedOn = "2026-10-20", version = saved.GetProperty("deal").GetProperty("version").GetInt32() }, HttpStatusCode.BadRequest);
            Assert.Contains("扶持事项：必填", refused.GetProperty("error").GetString());
        }
    }

    [Fact]
    public async Task A_refused_deal_form_comes_back_as_typed_with_each_problem_beside_its_field_and_nothing_stored()
    {
        var before = (await site["reviewer"].GetJsonAsync("/api/promotion/deals?take=1")).GetProperty("count").GetInt32();
        var form = await site["clerk"].PageAsync("/promotion/deals/edit");
        var token = Token().Match(form).Groups[1].Value;
        var response = await site["clerk"].Http.PostAsync("/promotion/deals/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Form.Name"] = "表单测试项目", ["Form.Investor"] = "", ["Form.Industry"] = "先进制造",
            ["Form.Department"] = "另一个部门", ["Form.FollowedBy"] = "不存在的人", ["Form.ContractInvestment"] = "五千", ["Form.Stage"] = "Lead",
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("value=\"表单测试项目\"", html);
        Assert.Contains("data-field=\"签约投资额\">“五千”不是数字（万元）", html);
        Assert.Contains($"data-field=\"跟踪责任人\">“不存在的人”不是{site.Department}或发改委的在用账号", html);
        // The clerk's department is never taken from the request.
        Assert.Contains($"value=\"{site.Department}\" readonly", html);
        Assert.Equal(before, (await site["reviewer"].GetJsonAsync("/api/promotion/deals?take=1")).GetProperty("count").GetInt32());

        var tokenless = await site["clerk"].Http.PostAsync("/promotion/deals/edit", new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Name"] = "无令牌" }));
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
    }

    [GeneratedRegex("<tr>\\s*<td><a href=\"/promotion/deals/\\d+\">")]
    private static partial Regex DealRow();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
