using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reserve.Promotion.Web.Tests;

/// <summary>
/// The entry routes (new event, new and edited deal, 履约核查): anonymous 401, leaders 403, a clerk 403 on another
/// department's deal and 200 on their own, field problems named in Chinese, a stale version refused with 409.
/// </summary>
[Collection(PromotionSiteCollection.Name)]
public sealed class EntryRouteTests(PromotionSite site)
{
    [Fact]
    public async Task A_clerk_enters_an_event_and_a_deal_met_at_it_edits_it_and_records_a_check_within_the_own_department_only()
    {
        var newEvent = new { name = "测试推介会（接口）", heldOn = "2026-10-10", place = "兰州" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await site["anonymous"].PostJsonAsync("/api/promotion/events", newEvent)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["leader"].PostJsonAsync("/api/promotion/events", newEvent)).StatusCode);
        var saved = await site["clerk"].PostJsonAsync("/api/promotion/events", newEvent, HttpStatusCode.OK);
        var eventId = saved.GetProperty("id").GetInt64();
        var undated = await site["clerk"].PostJsonAsync("/api/promotion/events", new { name = "无日期活动" }, HttpStatusCode.BadRequest);
        Assert.Contains("举办日期", undated.GetProperty("error").GetString());

        var other = PromotionSite.Dept(site.OtherDeal);
        var followers = (await site["clerk"].GetJsonAsync("/api/promotion/followers")).GetProperty("followers").EnumerateArray().Select(f => f.GetString()!).ToList();
        var follower = followers.First(f => f != "郑海涛");
        var deal = Deal(site.Department, eventId, follower: follower);
        var stranger = await site["clerk"].PostJsonAsync("/api/promotion/deals", Deal(site.Department, eventId, follower: "张三"), HttpStatusCode.BadRequest);
        Assert.Contains($"跟踪责任人：“张三”不是{site.Department}或发改委的在用账号，请从列表中选择", stranger.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await site["leader"].PostJsonAsync("/api/promotion/deals", deal)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].PostJsonAsync("/api/promotion/deals", Deal(other, eventId))).StatusCode);
        var nameless = await site["clerk"].PostJsonAsync("/api/promotion/deals", Deal(site.Department, eventId, name: ""), HttpStatusCode.BadRequest);
        Assert.Contains("项目名称", nameless.GetProperty("error").GetString());
        var badMethod = await site["clerk"].JsonAsync(await site["clerk"].Http.PostAsJsonAsync("/api/promotion/deals", Deal(site.Department, eventId, method: "上门招商")), HttpStatusCode.BadRequest);
        Assert.Contains("招商方式：“上门招商”不是可选的招商方式", badMethod.GetProperty("error").GetString());

        var created = await site["clerk"].PostJsonAsync("/api/promotion/deals", deal, HttpStatusCode.OK);
        var id = created.GetProperty("deal").GetProperty("id").GetInt64();
        var version = created.GetProperty("deal").GetProperty("version").GetInt32();
        Assert.Equal("意向", created.GetProperty("deal").GetProperty("stage").GetString());
        Assert.Equal("测试推介会（接口）", created.GetProperty("deal").GetProperty("event").GetString());
        Assert.Equal("节会招商", created.GetProperty("deal").GetProperty("method").GetString());
        Assert.Equal("兰州新区化工园区", created.GetProperty("deal").GetProperty("park").GetString());
        Assert.Equal("补链", created.GetProperty("deal").GetProperty("chainLink").GetString());

        var renamed = Deal(site.Department, eventId, name: "接口测试项目（改）", version: version, follower: follower);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["leader"].Http.PutAsJsonAsync($"/api/promotion/deals/{id}", renamed)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].Http.PutAsJsonAsync($"/api/promotion/deals/{id}", Deal(other, eventId, version: version, follower: follower))).StatusCode);
        var otherId = site.OtherDeal.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].Http.PutAsJsonAsync($"/api/promotion/deals/{otherId}", renamed)).StatusCode);
        var edited = await site["clerk"].JsonAsync(await site["clerk"].Http.PutAsJsonAsync($"/api/promotion/deals/{id}", renamed), HttpStatusCode.OK);
        Assert.Equal("接口测试项目（改）", edited.GetProperty("deal").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await site["clerk"].Http.PutAsJsonAsync($"/api/promotion/deals/{id}", renamed)).StatusCode);
        version = edited.GetProperty("deal").GetProperty("version").GetInt32();

        var check = new { on = "2026-10-19", onSchedule = false, note = "厂房未按期开工，下一步约谈投资方", version };
        Assert.Equal(HttpStatusCode.Forbidden, (await site["leader"].PostJsonAsync($"/api/promotion/deals/{id}/checks", check)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].PostJsonAsync($"/api/promotion/deals/{otherId}/checks", check)).StatusCode);
        var early = await site["clerk"].PostJsonAsync($"/api/promotion/deals/{id}/checks", check, HttpStatusCode.BadRequest);
        Assert.Contains("签约后才能核查履约情况", early.GetProperty("error").GetString());

        var landed = await site["clerk"].PostJsonAsync($"/api/promotion/deals/{id}/stage", new { to = "落地", on = "2026-10-15", version }, HttpStatusCode.OK);
        Assert.Equal("落地", landed.GetProperty("deal").GetProperty("stage").GetString());
        check = check with { version = landed.GetProperty("deal").GetProperty("version").GetInt32() };
        var checkedDeal = await site["clerk"].PostJsonAsync($"/api/promotion/deals/{id}/checks", check, HttpStatusCode.OK);
        var stored = Assert.Single(checkedDeal.GetProperty("checks").EnumerateArray());
        Assert.Equal("2026-10-19", stored.GetProperty("on").GetString());
        Assert.False(stored.GetProperty("onSchedule").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await site["clerk"].PostJsonAsync($"/api/promotion/deals/{id}/checks", check)).StatusCode);
    }

    private static object Deal(string department, long eventId, string name = "接口测试项目", int? version = null, string method = "节会招商", string follower = "郑海涛") => new
    {
        name,
        investor = "甘肃测试实业有限公司",
        industry = "先进制造",
        department,
        followedBy = follower,
        eventId,
        contractInvestment = 5000m,
        scale = "新建生产线一条",
        method,
        park = "兰州新区化工园区",
        chain = "精细化工产业链",
        chainLink = "补链",
        stage = "意向",
        since = "2026-10-10",
        version,
    };
}
