using System.Net;
using System.Text.Json;

namespace Reserve.Promotion.Web.Tests;

/// <summary>
/// The routes that change deals and approval records: anonymous 401, city leaders and administrators 403, a clerk
/// 403 on another department's record and 200 on their own, reviewers 200 on any; a landed deal turned into a
/// reserve project through the API; and the overdue flag of an approval as of today, in the API and on the page.
/// </summary>
[Collection(PromotionSiteCollection.Name)]
public sealed class ChangeRouteTests(PromotionSite site)
{
    private static readonly string[] SignedOrLater = ["签约", "落地", "开工", "投产"];

    [Fact]
    public async Task Funds_are_recorded_by_the_departments_clerk_and_by_reviewers_and_refused_to_everyone_else()
    {
        var deals = await DealsAsync();
        var own = deals.First(d => PromotionSite.Dept(d) == site.Department && Stage(d) is "落地" or "开工" or "投产");
        var other = deals.First(d => PromotionSite.Dept(d) != site.Department && SignedOrLater.Contains(Stage(d)));

        foreach (var (role, deal, expected) in new[]
                 {
                     ("anonymous", own, HttpStatusCode.Unauthorized), ("leader", own, HttpStatusCode.Forbidden), ("admin", own, HttpStatusCode.Forbidden),
                     ("clerk", other, HttpStatusCode.Forbidden),
                 })
        {
            var response = await site[role].PostJsonAsync($"/api/promotion/deals/{Id(deal)}/funds", Funds(deal));
            Assert.True(response.StatusCode == expected, $"{role}：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        foreach (var (role, deal) in new[] { ("clerk", own), ("reviewer", other) })
        {
            var before = (await site[role].GetJsonAsync($"/api/promotion/deals/{Id(deal)}")).GetProperty("deal");
            var after = await site[role].PostJsonAsync($"/api/promotion/deals/{Id(deal)}/funds", Funds(before), HttpStatusCode.OK);
            Assert.Equal(before.GetProperty("fundsArrived").GetDecimal() + 12.5m, after.GetProperty("deal").GetProperty("fundsArrived").GetDecimal());
            Assert.Contains(after.GetProperty("funds").EnumerateArray(), f => f.GetProperty("note").GetString() == "测试到位资金" && f.GetProperty("on").GetString() == "2026-10-20");
        }
    }

    [Fact]
    public async Task A_stage_move_is_refused_to_leaders_and_other_departments_and_a_bad_stage_is_named()
    {
        var deals = await DealsAsync();
        var own = deals.First(d => PromotionSite.Dept(d) == site.Department);
        var other = deals.First(d => PromotionSite.Dept(d) != site.Department);
        var body = new { to = "投产", on = "2026-10-20", version = Version(own) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await site["anonymous"].PostJsonAsync($"/api/promotion/deals/{Id(own)}/stage", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["leader"].PostJsonAsync($"/api/promotion/deals/{Id(own)}/stage", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].PostJsonAsync($"/api/promotion/deals/{Id(other)}/stage", body with { version = Version(other) })).StatusCode);
        var bad = await site["clerk"].PostJsonAsync($"/api/promotion/deals/{Id(own)}/stage", new { to = "完工", on = "2026-10-20", version = Version(own) }, HttpStatusCode.BadRequest);
        Assert.Contains("“完工”不是有效的阶段", bad.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_signed_deal_moved_to_landed_becomes_a_reserve_project_once_and_links_to_it()
    {
        var deal = (await DealsAsync()).First(d => PromotionSite.Dept(d) == site.Department && Stage(d) == "签约" && d.GetProperty("projectId").ValueKind == JsonValueKind.Null);
        var id = Id(deal);

        var early = await site["clerk"].PostJsonAsync($"/api/promotion/deals/{id}/convert", new { version = Version(deal) }, HttpStatusCode.BadRequest);
        Assert.Contains("落地", early.GetProperty("error").GetString());

        var landed = await site["clerk"].PostJsonAsync($"/api/promotion/deals/{id}/stage", new { to = "落地", on = "2026-10-20", version = Version(deal) }, HttpStatusCode.OK);
        Assert.Equal("落地", landed.GetProperty("deal").GetProperty("stage").GetString());
        var version = landed.GetProperty("deal").GetProperty("version").GetInt32();
        Assert.Contains("id=\"convert-deal\"", await site["clerk"].PageAsync($"/promotion/deals/{id}"));
        Assert.DoesNotContain("id=\"convert-deal\"", await site["leader"].PageAsync($"/promotion/deals/{id}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await site["leader"].PostJsonAsync($"/api/promotion/deals/{id}/convert", new { version })).StatusCode);

        var converted = await site["clerk"].PostJsonAsync($"/api/promotion/deals/{id}/convert", new { version }, HttpStatusCode.OK);
        var projectId = converted.GetProperty("projectId").GetString()!;
        Assert.Equal($"/projects/{projectId}", converted.GetProperty("link").GetString());

        var project = await site["clerk"].GetJsonAsync($"/api/projects/{projectId}");
        Assert.Contains(deal.GetProperty("name").GetString()!, project.ToString());
        Assert.Contains(deal.GetProperty("investor").GetString()!, project.ToString());
        Assert.Equal(projectId, (await site["reviewer"].GetJsonAsync($"/api/promotion/deals/{id}")).GetProperty("deal").GetProperty("projectId").GetString());
        var page = await site["clerk"].PageAsync($"/promotion/deals/{id}");
        Assert.Contains($"href=\"/projects/{projectId}\"", page);
        Assert.DoesNotContain("id=\"convert-deal\"", page);

        var again = await site["clerk"].PostJsonAsync($"/api/promotion/deals/{id}/convert", new { version = converted.GetProperty("deal").GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task An_approval_past_its_limit_is_flagged_as_of_today_in_the_api_and_on_the_page_until_completed()
    {
        var record = site.OwnApproval;
        var id = Id(record);
        var current = await site["clerk"].GetJsonAsync($"/api/approvals/{id}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await site["anonymous"].PostJsonAsync($"/api/approvals/{id}/dates", new { appliedOn = "2026-01-05", version = Version(current) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["leader"].PostJsonAsync($"/api/approvals/{id}/dates", new { appliedOn = "2026-01-05", version = Version(current) })).StatusCode);
        var other = await site["reviewer"].GetJsonAsync($"/api/approvals/{Id(site.OtherApproval)}");
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].PostJsonAsync($"/api/approvals/{Id(other)}/dates", new { appliedOn = other.GetProperty("appliedOn").GetString(), version = Version(other) })).StatusCode);

        // Accepted by 5 January and not completed: whatever its limit (at most 60 days), it ran out long before 20 October.
        var applied = string.CompareOrdinal(current.GetProperty("appliedOn").GetString(), "2026-01-05") < 0 ? current.GetProperty("appliedOn").GetString() : "2026-01-05";
        var open = await site["clerk"].PostJsonAsync($"/api/approvals/{id}/dates", new { appliedOn = applied, completedOn = (string?)null, version = Version(current) }, HttpStatusCode.OK);
        Assert.Equal("超时未办结", open.GetProperty("state").GetString());
        Assert.True(open.GetProperty("overdue").GetBoolean());
        var due = DateOnly.Parse(open.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(due < new DateOnly(2026, 10, 20), $"到期日 {due}");
        var daysPast = new DateOnly(2026, 10, 20).DayNumber - due.DayNumber;
        Assert.Equal(daysPast, open.GetProperty("daysPast").GetInt32());

        Assert.Contains((await site["reviewer"].GetJsonAsync("/api/approvals?flagged=true")).GetProperty("records").EnumerateArray(), r => Id(r) == id);
        // The list is paged (50 a page): look for the record among the flagged ones, page by page.
        var page = "";
        for (var n = 1; n <= 100 && !page.Contains($"id=\"approval-{id}\"", StringComparison.Ordinal); n++)
        {
            page = await site["clerk"].PageAsync($"/approvals?flagged=true&p={n}");
            if (!page.Contains("下一页", StringComparison.Ordinal))
            {
                break;
            }
        }
        Assert.Contains($"id=\"approval-{id}\" data-flagged=\"true\"", page);
        Assert.Contains($"已超时 {daysPast} 天", page);

        var done = await site["clerk"].PostJsonAsync($"/api/approvals/{id}/dates", new { appliedOn = applied, completedOn = "2026-10-20", docNumber = "测审批〔2026〕1号", version = Version(open) }, HttpStatusCode.OK);
        Assert.Equal("超时办结", done.GetProperty("state").GetString());
        Assert.False(done.GetProperty("overdue").GetBoolean());

        var bad = await site["clerk"].PostJsonAsync($"/api/approvals/{id}/dates", new { appliedOn = "2026-13-01", version = Version(done) }, HttpStatusCode.BadRequest);
        Assert.Contains("受理日期", bad.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_reviewer_records_a_fulfilled_commitment_which_leaders_and_other_clerks_may_not()
    {
        var records = (await site["reviewer"].GetJsonAsync("/api/approvals")).GetProperty("records").EnumerateArray().ToList();
        var record = records.First(r => r.GetProperty("commitments").EnumerateArray().Any(c => c.GetProperty("fulfilledOn").ValueKind == JsonValueKind.Null)
                                        && PromotionSite.Dept(r) != site.Department);
        var commitment = record.GetProperty("commitments").EnumerateArray().First(c => c.GetProperty("fulfilledOn").ValueKind == JsonValueKind.Null);
        var path = $"/api/approvals/{Id(record)}/commitments/{commitment.GetProperty("index").GetInt32()}/fulfil";
        var body = new { on = "2026-10-20", version = Version(record) };

        Assert.Equal(HttpStatusCode.Unauthorized, (await site["anonymous"].PostJsonAsync(path, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["leader"].PostJsonAsync(path, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].PostJsonAsync(path, body)).StatusCode);
        var fulfilled = await site["reviewer"].PostJsonAsync(path, body, HttpStatusCode.OK);
        var after = fulfilled.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("index").GetInt32() == commitment.GetProperty("index").GetInt32());
        Assert.Equal("2026-10-20", after.GetProperty("fulfilledOn").GetString());
        Assert.False(after.GetProperty("overdue").GetBoolean());
    }

    private async Task<List<JsonElement>> DealsAsync() =>
        (await site["reviewer"].GetJsonAsync("/api/promotion/deals?take=500")).GetProperty("deals").EnumerateArray().ToList();

    private static object Funds(JsonElement deal) => new { on = "2026-10-20", amount = 12.5m, note = "测试到位资金", version = Version(deal) };

    private static string Stage(JsonElement deal) => deal.GetProperty("stage").GetString()!;

    private static int Version(JsonElement x) => x.GetProperty("version").GetInt32();

    private static string Id(JsonElement x) => x.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
