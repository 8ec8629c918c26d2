using System.Net;
using System.Text.Json;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>
/// A department's reserve list from draft to the city government: submitted by its clerk, returned with a
/// reason, resubmitted, aggregated and reported by the reviewer — and every move out of order refused with
/// a Chinese message. Each test has a site of its own.
/// </summary>
public sealed class SubmissionWorkflowTests
{
    private const string Department = "交通运输局";

    [Fact]
    public async Task A_list_goes_from_draft_through_return_and_resubmission_to_the_city_government()
    {
        await using var site = new ReserveWebFactory();
        using var clerk = await site.SignedInAsync("jtj");
        using var reviewer = await site.SignedInAsync("fgw");
        var path = $"/api/submissions/{Department}";

        Assert.Equal("草稿", (await Line(clerk)).GetProperty("submission").GetProperty("statusName").GetString());

        // Nothing but a submitted list can be aggregated or reported.
        var early = await reviewer.PostJsonAsync($"{path}/aggregate", null, HttpStatusCode.Conflict);
        Assert.Equal("交通运输局：当前状态为“草稿”，只有已提交的清单可以汇总", early.GetProperty("error").GetString());

        var submitted = await clerk.PostJsonAsync($"{path}/submit", null, HttpStatusCode.OK);
        Assert.Equal("交通运输局 2027 年度储备清单已提交发改委", submitted.GetProperty("message").GetString());
        Assert.Equal("已提交", submitted.GetProperty("submission").GetProperty("statusName").GetString());
        Assert.Equal("王建军（交通运输局）", submitted.GetProperty("submission").GetProperty("submittedBy").GetString());
        Assert.Equal("2026-10-01 12:00", submitted.GetProperty("submission").GetProperty("submittedAt").GetString());

        var again = await clerk.PostJsonAsync($"{path}/submit", null, HttpStatusCode.Conflict);
        Assert.Equal("交通运输局：当前状态为“已提交”，不能再次提交", again.GetProperty("error").GetString());

        var noReason = await reviewer.PostJsonAsync($"{path}/return", new { reason = "  " }, HttpStatusCode.BadRequest);
        Assert.Equal("退回修改时必须填写退回理由，部门将据此修改", noReason.GetProperty("error").GetString());

        const string reason = "请补充各项目的可研批复文号";
        await reviewer.PostJsonAsync($"{path}/return", new { reason }, HttpStatusCode.OK);
        var returned = (await Line(clerk)).GetProperty("submission");
        Assert.Equal("退回修改", returned.GetProperty("statusName").GetString());
        Assert.Equal(reason, returned.GetProperty("returnReason").GetString());
        Assert.Contains(reason, await clerk.PageAsync("/submissions"));

        site.Clock.Now = site.Clock.Now.AddDays(3);
        // Sessions last eight hours on the site's clock: three days later people sign in again.
        await clerk.LoginAsync("jtj");
        await reviewer.LoginAsync("fgw");
        var resubmitted = await clerk.PostJsonAsync($"{path}/submit", null, HttpStatusCode.OK);
        Assert.Equal("已提交", resubmitted.GetProperty("submission").GetProperty("statusName").GetString());
        Assert.Equal(JsonValueKind.Null, resubmitted.GetProperty("submission").GetProperty("returnReason").ValueKind);
        Assert.Equal("2026-10-04 12:00", resubmitted.GetProperty("submission").GetProperty("submittedAt").GetString());

        var tooEarly = await reviewer.PostJsonAsync($"{path}/report", null, HttpStatusCode.Conflict);
        Assert.Equal("交通运输局：当前状态为“已提交”，只有已汇总的清单可以报市政府审定", tooEarly.GetProperty("error").GetString());
        await reviewer.PostJsonAsync($"{path}/aggregate", null, HttpStatusCode.OK);
        var reported = await reviewer.PostJsonAsync($"{path}/report", null, HttpStatusCode.OK);
        Assert.Equal("交通运输局的储备清单已报市政府审定", reported.GetProperty("message").GetString());
        Assert.Equal("报市政府审定", (await Line(reviewer, Department)).GetProperty("submission").GetProperty("statusName").GetString());

        var cannotReturn = await reviewer.PostJsonAsync($"{path}/return", new { reason }, HttpStatusCode.Conflict);
        Assert.Equal("交通运输局：当前状态为“报市政府审定”，只有已提交的清单可以退回", cannotReturn.GetProperty("error").GetString());

        // Each step is in the review log, with who did it and the reason of the return.
        var events = await reviewer.GetJsonAsync($"/api/audit/review?department={Department}");
        var actions = events.EnumerateArray().Select(e => e.GetProperty("action").GetString()).Reverse().ToList();
        Assert.Equal(["已提交", "退回修改", "已提交", "已汇总", "报市政府审定"], actions);
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("reason").GetString() == reason && e.GetProperty("actor").GetString() == "郑海涛（发改委审核员）");
    }

    [Fact]
    public async Task The_pages_forms_move_the_list_and_show_the_outcome()
    {
        await using var site = new ReserveWebFactory();
        using var clerk = await site.SignedInAsync("jtj");
        using var reviewer = await site.SignedInAsync("fgw");

        var page = await clerk.PageAsync("/submissions");
        Assert.Contains("提交本部门储备清单", page);
        Assert.Contains("data-confirm=\"确认向发改委提交交通运输局的 2027 年度储备清单", page);
        Assert.Contains("还有 14 天", page);

        var afterSubmit = await clerk.SubmitFormAsync("/submissions", "Submit", new Dictionary<string, string>());
        Assert.Equal("交通运输局 2027 年度储备清单已提交发改委", WebSession.Flash(afterSubmit));
        Assert.DoesNotContain("提交本部门储备清单</button>", afterSubmit);

        var refused = await reviewer.SubmitFormAsync("/submissions", "Return", new Dictionary<string, string> { ["department"] = Department, ["reason"] = "" });
        Assert.Equal("退回修改时必须填写退回理由，部门将据此修改", WebSession.Flash(refused));

        var returned = await reviewer.SubmitFormAsync("/submissions", "Return", new Dictionary<string, string> { ["department"] = Department, ["reason"] = "总投资与可研批复不一致" });
        Assert.Equal("已将交通运输局的储备清单退回修改", WebSession.Flash(returned));
        var clerkView = await clerk.PageAsync("/submissions");
        Assert.Contains("发改委退回修改：</b>总投资与可研批复不一致", clerkView);

        // A clerk who tries a reviewer's move through the page is refused by the same rule as the API.
        var clerkAggregate = await clerk.SubmitFormAsync("/submissions", "Aggregate", new Dictionary<string, string> { ["department"] = Department });
        Assert.Equal("只有发改委审核员可以汇总", WebSession.Flash(clerkAggregate));

        // A clerk's page can only ever submit their own department, whatever the form says.
        var own = await clerk.SubmitFormAsync("/submissions", "Submit", new Dictionary<string, string> { ["department"] = "住建局" });
        Assert.Equal("交通运输局 2027 年度储备清单已提交发改委", WebSession.Flash(own));

        var aggregated = await reviewer.SubmitFormAsync("/submissions", "Aggregate", new Dictionary<string, string> { ["department"] = Department });
        Assert.Equal("交通运输局的储备清单已汇总", WebSession.Flash(aggregated));
        Assert.Contains("报市政府审定</button>", aggregated);
        var reported = await reviewer.SubmitFormAsync("/submissions", "Report", new Dictionary<string, string> { ["department"] = Department });
        Assert.Equal("交通运输局的储备清单已报市政府审定", WebSession.Flash(reported));

    }

    [Fact]
    public async Task A_department_without_projects_cannot_submit_an_empty_list()
    {
        await using var site = new ReserveWebFactory();
        using var admin = await site.SignedInAsync("admin");
        await admin.PostJsonAsync("/api/departments", new { name = "统计局", fullName = "嘉峪关市统计局" }, HttpStatusCode.Created);
        await admin.PostJsonAsync("/api/users", new { login = "tjj", displayName = "钱统计", role = "部门填报员", department = "统计局", password = "Tongji2027" }, HttpStatusCode.Created);
        using var clerk = await site.SignedInAsync("tjj", "Tongji2027");

        var refused = await clerk.PostJsonAsync("/api/submissions/统计局/submit", null, (HttpStatusCode)422);
        Assert.Equal("统计局尚无储备项目，不能提交空的储备清单；请先新建或导入项目", refused.GetProperty("error").GetString());
        var line = await Line(clerk);
        Assert.Equal("草稿", line.GetProperty("submission").GetProperty("statusName").GetString());
        Assert.Equal(0, line.GetProperty("projects").GetInt32());
        Assert.Contains("<button type=\"submit\" disabled=\"disabled\">提交本部门储备清单</button>", await clerk.PageAsync("/submissions"));
    }

    [Fact]
    public async Task Lists_not_submitted_by_the_deadline_are_late_and_late_submissions_stay_marked()
    {
        await using var site = new ReserveWebFactory();
        using var reviewer = await site.SignedInAsync("fgw");
        using var clerk = await site.SignedInAsync("jtj");

        var before = await reviewer.GetJsonAsync("/api/submissions");
        Assert.Equal("2026-10-15", before.GetProperty("deadline").GetString());
        Assert.Equal(14, before.GetProperty("daysLeft").GetInt32());
        Assert.False((await Line(reviewer, Department)).GetProperty("late").GetBoolean());

        site.Clock.Now = new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero);
        await reviewer.LoginAsync("fgw");
        await clerk.LoginAsync("jtj");
        var after = await reviewer.GetJsonAsync("/api/submissions");
        Assert.Equal(-5, after.GetProperty("daysLeft").GetInt32());
        Assert.True((await Line(reviewer, Department)).GetProperty("late").GetBoolean());
        // 住建局 submitted (demo data) on 1 October: on time, whatever the date now.
        Assert.False((await Line(reviewer, "住建局")).GetProperty("late").GetBoolean());
        Assert.Contains("已逾期 5 天", await reviewer.PageAsync("/submissions"));

        await clerk.PostJsonAsync($"/api/submissions/{Department}/submit", null, HttpStatusCode.OK);
        Assert.True((await Line(reviewer, Department)).GetProperty("late").GetBoolean());
        Assert.Contains("逾期报送", await reviewer.PageAsync("/submissions?status=Submitted"));
    }

    private static async Task<JsonElement> Line(WebSession session, string? department = null)
    {
        var all = await session.GetJsonAsync("/api/submissions");
        var lines = all.GetProperty("departments").EnumerateArray().ToList();
        return department is null ? Assert.Single(lines) : lines.Single(l => l.GetProperty("submission").GetProperty("department").GetString() == department);
    }
}
