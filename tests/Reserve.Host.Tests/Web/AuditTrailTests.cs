using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Projects;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>The change log reviewers read: who changed which project when, and each changed field before → after.</summary>
public sealed class AuditTrailTests
{
    [Fact]
    public async Task A_project_change_shows_who_when_and_exactly_the_fields_it_changed()
    {
        await using var site = new ReserveWebFactory();
        var reserve = site.Services.GetRequiredService<IProjectReserve>();
        var stored = (await reserve.ListAsync(new ProjectQuery("交通运输局", Take: 1))).Single();
        var id = stored.Record.Id!;
        var oldTotal = stored.Record.TotalInvestment;
        var oldLeader = stored.Record.Leader;
        stored.Record.TotalInvestment = oldTotal + 1234.5m;
        stored.Record.Leader = "张副市长";
        site.Clock.Now = new DateTimeOffset(2026, 10, 2, 8, 30, 0, TimeSpan.Zero);
        var saved = await reserve.SaveAsync(stored.Record, stored.Version, "王建军（交通运输局）");
        Assert.True(saved.Succeeded, saved.Conflict ?? string.Join("；", saved.Problems.Select(p => p.Message)));
        using var reviewer = await site.SignedInAsync("fgw");

        var audit = await reviewer.GetJsonAsync($"/api/audit?project={id}");
        Assert.Equal(2, audit.GetProperty("total").GetInt32());
        var change = audit.GetProperty("items")[0];
        Assert.Equal("修改", change.GetProperty("action").GetString());
        Assert.Equal("王建军（交通运输局）", change.GetProperty("user").GetString());
        Assert.Equal("2026-10-02 08:30", change.GetProperty("at").GetString());
        var fields = change.GetProperty("changes").EnumerateArray()
            .Select(c => (Field: c.GetProperty("field").GetString(), Before: Text(c.GetProperty("before")), After: Text(c.GetProperty("after"))))
            .ToList();
        var expected = new List<(string? Field, string? Before, string? After)>
        {
            ("包抓领导", oldLeader, "张副市长"),
            ("总投资", Amount(oldTotal), Amount(oldTotal + 1234.5m)),
        };
        Assert.Equal(expected, fields);

        // The creation lists what was filled in: every field from nothing.
        var created = audit.GetProperty("items")[1];
        Assert.Equal("导入", created.GetProperty("action").GetString());
        Assert.Contains(created.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "项目名称" && c.GetProperty("before").ValueKind == JsonValueKind.Null);

        var page = await reviewer.PageAsync($"/audit?project={id}");
        Assert.Contains("<tr><th>总投资</th><td>" + Amount(oldTotal) + "</td><td>→</td><td>" + Amount(oldTotal + 1234.5m) + "</td></tr>", page);
        Assert.Contains("王建军（交通运输局）", page);
    }

    [Fact]
    public async Task Changes_filter_by_user_and_local_dates_and_come_a_page_at_a_time()
    {
        await using var site = new ReserveWebFactory();
        var reserve = site.Services.GetRequiredService<IProjectReserve>();
        var stored = (await reserve.ListAsync(new ProjectQuery("住建局", Take: 1))).Single();
        stored.Record.Contact = "李工 0937-1234567";
        site.Clock.Now = new DateTimeOffset(2026, 10, 3, 10, 0, 0, TimeSpan.Zero);
        Assert.True((await reserve.SaveAsync(stored.Record, stored.Version, "李秀兰（住建局）")).Succeeded);
        using var reviewer = await site.SignedInAsync("fgw");

        // 40 demo projects imported on 1 October, one change on 3 October.
        Assert.Equal(41, (await reviewer.GetJsonAsync("/api/audit")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await reviewer.GetJsonAsync("/api/audit?user=李秀兰（住建局）")).GetProperty("total").GetInt32());
        Assert.Equal(40, (await reviewer.GetJsonAsync("/api/audit?user=演示数据")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await reviewer.GetJsonAsync("/api/audit?from=2026-10-02")).GetProperty("total").GetInt32());
        Assert.Equal(40, (await reviewer.GetJsonAsync("/api/audit?to=2026-10-01")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await reviewer.GetJsonAsync("/api/audit?from=2026-10-04")).GetProperty("total").GetInt32());

        var first = await reviewer.GetJsonAsync("/api/audit?take=15");
        var last = await reviewer.GetJsonAsync("/api/audit?take=15&skip=30");
        Assert.Equal(15, first.GetProperty("items").GetArrayLength());
        Assert.Equal(11, last.GetProperty("items").GetArrayLength());
        Assert.Equal("李秀兰（住建局）", first.GetProperty("items")[0].GetProperty("user").GetString());

        var bad = await reviewer.GetJsonAsync("/api/audit?from=2026-10-05&to=2026-10-01", HttpStatusCode.BadRequest);
        Assert.Equal("起始日期 2026-10-05 晚于截止日期 2026-10-01", bad.GetProperty("error").GetString());
        var page = await reviewer.PageAsync("/audit?from=10/01/2026");
        Assert.Contains("起始日期“10/01/2026”不是日期，应为 yyyy-MM-dd", page);
        Assert.Contains("共 41 条，第 1–41 条", await reviewer.PageAsync("/audit"));
    }

    [Fact]
    public async Task Account_changes_are_logged_with_the_administrator_who_made_them()
    {
        await using var site = new ReserveWebFactory();
        using var admin = await site.SignedInAsync("admin");
        using var reviewer = await site.SignedInAsync("fgw");
        await admin.PostJsonAsync("/api/users/leader/active", new { active = false }, HttpStatusCode.OK);

        var changes = await reviewer.GetJsonAsync("/api/audit/accounts?take=5");
        var latest = changes[0];
        Assert.Equal("停用账号", latest.GetProperty("action").GetString());
        Assert.Equal("leader", latest.GetProperty("target").GetString());
        Assert.Equal("系统管理员（系统管理员）", latest.GetProperty("actor").GetString());
        Assert.Contains("停用账号", await reviewer.PageAsync("/audit?view=accounts"));
    }

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetString();

    private static string Amount(decimal value) => value.ToString("#,0.######", CultureInfo.InvariantCulture);
}
