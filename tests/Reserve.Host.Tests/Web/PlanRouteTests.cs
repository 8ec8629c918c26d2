using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>资金争取方案 over HTTP and on its page: reviewers only, quotas in, the plan out, errors in Chinese.</summary>
public sealed partial class PlanRouteTests
{
    [Fact]
    public async Task A_reviewer_gets_the_plan_as_json_and_a_clerk_is_refused()
    {
        await using var site = new ReserveWebFactory();
        using var reviewer = await site.SignedInAsync("fgw");
        using var clerk = await site.SignedInAsync("jtj");
        var body = new { asOf = "2026-10-15", quotas = new Dictionary<string, decimal> { ["special-bonds"] = 20000m }, withPending = true };

        var plan = await reviewer.PostJsonAsync("/api/plan", body, HttpStatusCode.OK);
        Assert.Equal("2026-10-15", plan.GetProperty("asOf").GetString());
        Assert.Contains(plan.GetProperty("status").GetString(), new[] { "optimal", "feasible", "noCandidates" });
        var bonds = plan.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channelId").GetString() == "special-bonds");
        Assert.True(bonds.GetProperty("allocated").GetDecimal() <= 20000m);
        Assert.Equal(plan.GetProperty("total").GetDecimal(), plan.GetProperty("allocations").EnumerateArray().Sum(a => a.GetProperty("amount").GetDecimal()));

        // Reviewers only: a clerk, a leader and an administrator are refused on both routes, anonymous callers asked to sign in.
        using var leader = await site.SignedInAsync("leader");
        using var admin = await site.SignedInAsync("admin");
        foreach (var refused in new[] { clerk, leader, admin })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.PostJsonAsync("/api/plan", body)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.PostJsonAsync("/api/plan/xlsx", body)).StatusCode);
        }
        using var anonymous = site.Session();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/plan", body)).StatusCode);

        var unknown = await reviewer.PostJsonAsync("/api/plan", new { quotas = new Dictionary<string, decimal> { ["nope"] = 1m } }, HttpStatusCode.BadRequest);
        Assert.Contains("“nope”不在已启用的渠道中", unknown.GetProperty("error").GetString());
        var objective = await reviewer.PostJsonAsync("/api/plan", new { objective = "most" }, HttpStatusCode.BadRequest);
        Assert.Contains("objective“most”应为 amount", objective.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_page_takes_quotas_shows_the_plan_and_exports_the_workbook()
    {
        await using var site = new ReserveWebFactory();
        using var reviewer = await site.SignedInAsync("fgw");
        var form = await reviewer.PageAsync("/plan");
        Assert.Contains("地方政府专项债券", form);
        var token = Token().Match(form).Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["AsOf"] = "2026-10-15",
            ["Objective"] = "amount",
            ["Quotas[special-bonds]"] = "20000",
        };

        var shown = await reviewer.Http.PostAsync("/plan", new FormUrlEncodedContent(fields));
        var html = await shown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("求解状态", html);
        Assert.Contains("申报时间表", html);

        var bad = await reviewer.Http.PostAsync("/plan", new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["Quotas[special-bonds]"] = "很多" }));
        Assert.Contains("的额度“很多”应为不小于 0 的万元数", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));

        var xlsx = await reviewer.Http.PostAsync("/plan?handler=Xlsx", new FormUrlEncodedContent(fields));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.True((await xlsx.Content.ReadAsByteArrayAsync()).Length > 0);

        var noToken = await reviewer.Http.PostAsync("/plan", new FormUrlEncodedContent(fields.Where(f => f.Key != "__RequestVerificationToken")));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
