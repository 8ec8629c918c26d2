using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reserve.Host.Tests.Web;

namespace Reserve.Instructions.Web.Tests;

/// <summary>
/// Every instruction and notification route for every role: anonymous API calls get 401 (pages go to the login page);
/// leaders and 发改委 write and read all; a clerk reads and answers only what is addressed to their department
/// (another department's instruction is 403, asking for another department's list is 403); administrators are
/// refused; each user reads and marks only their own notifications. Editing and withdrawing (撤回): only the leader
/// who wrote it or an administrator; a stale version is 409; the forms need the anti-forgery token.
/// </summary>
[Collection(InstructionsSiteCollection.Name)]
public sealed class RoutePermissionTests(InstructionsSite site)
{
    [Fact]
    public async Task Writing_is_for_leaders_and_reviewers_only()
    {
        using var leader = await site.SessionAsync("leader");
        using var reviewer = await site.SessionAsync("fgw");
        using var clerk = await site.SessionAsync("zjj");
        using var admin = await site.SessionAsync("admin");
        using var anonymous = await site.SessionAsync(null);
        var subject = await FirstPlanProjectAsync(leader);
        var body = new { kind = "PlanProject", subjectId = subject.GetProperty("id").GetString(), text = "权限测试", dueOn = "2026-10-30" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/instructions", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync("/api/instructions", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostJsonAsync("/api/instructions", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/instructions/subjects?kind=PlanProject")).StatusCode);
        var byLeader = await leader.PostJsonAsync("/api/instructions", body, HttpStatusCode.Created);
        Assert.Equal(subject.GetProperty("department").GetString(), byLeader.GetProperty("ownerDepartment").GetString());
        var byReviewer = await reviewer.PostJsonAsync("/api/instructions", body with { }, HttpStatusCode.Created);
        Assert.Equal("郑海涛（发改委审核员）", byReviewer.GetProperty("author").GetProperty("name").GetString());

        // Pages: the form is refused to a clerk the way every refused page is.
        var page = await clerk.GetAsync("/instructions/new");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/status/403", new Uri(new Uri("http://localhost"), page.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_chinese_messages_naming_each_field()
    {
        using var leader = await site.SessionAsync("leader");
        var refused = await leader.PostJsonAsync("/api/instructions", new { kind = "Nothing", subjectId = "1", text = "", ownerDepartment = "公安局", dueOn = "2026-10-01" }, HttpStatusCode.BadRequest);
        var problems = refused.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Contains(problems, p => p.StartsWith("批示对象类别：", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("批示内容：", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("责任部门：“公安局”", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("办理时限：", StringComparison.Ordinal));
        var missing = await leader.PostJsonAsync("/api/instructions", new { kind = "PlanProject", subjectId = "999999", text = "x", dueOn = "2026-10-30" }, HttpStatusCode.BadRequest);
        Assert.Contains("没有编号为 999999 的年度计划项目", missing.GetProperty("error").GetString(), StringComparison.Ordinal);
        var date = await leader.PostJsonAsync("/api/instructions", new { kind = "PlanProject", subjectId = "1", text = "x", dueOn = "10月30日" }, HttpStatusCode.BadRequest);
        Assert.StartsWith("办理时限：", date.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.GetAsync("/api/instructions?filter=sometimes")).StatusCode);
    }

    [Fact]
    public async Task A_department_sees_and_answers_only_what_is_addressed_to_it()
    {
        using var leader = await site.SessionAsync("leader");
        var subject = await FirstPlanProjectAsync(leader);
        var own = subject.GetProperty("department").GetString()!;
        var other = InstructionsSite.Clerks.Keys.First(d => d != own && d != "发改委");
        var toOwn = await site.InstructionAsync(leader, subject.GetProperty("id").GetString()!, "隔离测试：交本部门", 5);
        var toOther = await leader.PostJsonAsync("/api/instructions",
            new { kind = "PlanProject", subjectId = subject.GetProperty("id").GetString(), text = "隔离测试：交其他部门", ownerDepartment = other, dueOn = "2026-10-30" }, HttpStatusCode.Created);
        using var clerk = await site.SessionAsync(InstructionsSite.Clerks[own]);
        using var otherClerk = await site.SessionAsync(InstructionsSite.Clerks[other]);
        using var admin = await site.SessionAsync("admin");
        using var anonymous = await site.SessionAsync(null);
        var ownId = toOwn.GetProperty("id").GetInt64();
        var otherId = toOther.GetProperty("id").GetInt64();

        var list = await clerk.GetJsonAsync("/api/instructions?pageSize=100");
        Assert.All(list.GetProperty("instructions").EnumerateArray(), i => Assert.Equal(own, i.GetProperty("ownerDepartment").GetString()));
        Assert.Contains(list.GetProperty("instructions").EnumerateArray(), i => i.GetProperty("id").GetInt64() == ownId);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/api/instructions?department={Uri.EscapeDataString(other)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/api/instructions/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/instructions/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/instructions/{ownId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync($"/api/instructions/{otherId}/answers", new { text = "越权答复", closes = true, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherClerk.PostJsonAsync($"/api/instructions/{ownId}/answers", new { text = "越权答复", closes = true, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostJsonAsync($"/api/instructions/{ownId}/answers", new { text = "领导不答复", closes = false, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/api/instructions/999999")).StatusCode);
        foreach (var path in new[] { "/api/instructions", $"/api/instructions/{ownId}", "/api/notifications" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/instructions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/instructions/{ownId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/instructions")).StatusCode);

        // The right department answers; a second answer on the version it read is refused as stale.
        var answered = await clerk.PostJsonAsync($"/api/instructions/{ownId}/answers", new { text = "正在办理", closes = false, version = 1 }, HttpStatusCode.OK);
        Assert.Equal(2, answered.GetProperty("version").GetInt32());
        await clerk.PostJsonAsync($"/api/instructions/{ownId}/answers", new { text = "旧版本", closes = true, version = 1 }, HttpStatusCode.Conflict);
        var empty = await clerk.PostJsonAsync($"/api/instructions/{ownId}/answers", new { text = " ", closes = true, version = 2 }, HttpStatusCode.BadRequest);
        Assert.StartsWith("答复内容：", empty.GetProperty("error").GetString(), StringComparison.Ordinal);

        // Both city-wide roles read every department's; the leader's own list has it.
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/instructions/{otherId}")).StatusCode);
        var mine = await leader.GetJsonAsync("/api/instructions?mine=true&pageSize=100");
        Assert.All(mine.GetProperty("instructions").EnumerateArray(), i => Assert.Equal("leader", i.GetProperty("author").GetProperty("login").GetString()));
        var detail = await leader.GetJsonAsync($"/api/instructions/{ownId}");
        Assert.Equal(["批示", "答复"], detail.GetProperty("audit").EnumerateArray().Select(a => a.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Each_user_reads_and_marks_only_their_own_notifications()
    {
        using var jtj = await site.SessionAsync("jtj");
        using var zjj = await site.SessionAsync("zjj");
        using var admin = await site.SessionAsync("admin");
        var mine = await jtj.GetJsonAsync("/api/notifications?pageSize=5");
        Assert.True(mine.GetProperty("total").GetInt32() > 0);
        Assert.True(mine.GetProperty("notifications").GetArrayLength() <= 5);
        var id = mine.GetProperty("notifications")[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NotFound, (await zjj.PostJsonAsync($"/api/notifications/{id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync($"/api/notifications/{id}/read", null)).StatusCode);
        var read = await jtj.PostJsonAsync($"/api/notifications/{id}/read", null, HttpStatusCode.OK);
        Assert.True(read.GetProperty("read").GetBoolean());
        var again = await jtj.GetJsonAsync("/api/notifications?unread=true&pageSize=100");
        Assert.DoesNotContain(again.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/notifications")).StatusCode);
    }

    [Fact]
    public async Task The_routes_are_in_the_openapi_document()
    {
        using var reviewer = await site.SessionAsync("fgw");
        var paths = (await reviewer.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");
        foreach (var path in new[] { "/api/instructions", "/api/instructions/{id}", "/api/instructions/{id}/answers", "/api/instructions/{id}/withdraw", "/api/notifications", "/api/notifications/{id}/read" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI 文档缺少 {path}");
        }
        Assert.True(paths.GetProperty("/api/instructions/{id}").TryGetProperty("put", out _), "OpenAPI 文档缺少 PUT /api/instructions/{id}");
        Assert.True(paths.GetProperty("/api/instructions/{id}/withdraw").TryGetProperty("post", out _), "OpenAPI 文档缺少 POST /api/instructions/{id}/withdraw");
    }

    [Fact]
    public async Task Only_the_author_or_an_administrator_edits_and_withdraws()
    {
        using var leader = await site.SessionAsync("leader");
        using var reviewer = await site.SessionAsync("fgw");
        using var admin = await site.SessionAsync("admin");
        using var anonymous = await site.SessionAsync(null);
        var subject = await FirstPlanProjectAsync(leader);
        var department = subject.GetProperty("department").GetString()!;
        using var clerk = await site.SessionAsync(InstructionsSite.Clerks[department]);
        var written = await site.InstructionAsync(leader, subject.GetProperty("id").GetString()!, "权限测试：修改与撤回", 5);
        var id = written.GetProperty("id").GetInt64();
        object Edit(int version, string due = "2026-10-25") => new { text = "权限测试：已修改", ownerDepartment = department, dueOn = due, version };

        Assert.Equal(HttpStatusCode.Unauthorized, (await PutAsync(anonymous, $"/api/instructions/{id}", Edit(1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(clerk, $"/api/instructions/{id}", Edit(1))).StatusCode);
        var notAuthor = await PutAsync(reviewer, $"/api/instructions/{id}", Edit(1));
        Assert.Equal(HttpStatusCode.Forbidden, notAuthor.StatusCode);
        Assert.Contains("只有作出该批示的", await notAuthor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync($"/api/instructions/{id}/withdraw", new { reason = "越权", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostJsonAsync($"/api/instructions/{id}/withdraw", new { reason = "越权", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync($"/api/instructions/{id}/withdraw", new { reason = "越权", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(leader, "/api/instructions/999999", Edit(1))).StatusCode);

        var badDate = await JsonAsync(await PutAsync(leader, $"/api/instructions/{id}", Edit(1, "10月25日")), HttpStatusCode.BadRequest);
        Assert.StartsWith("办理时限：", badDate.GetProperty("error").GetString(), StringComparison.Ordinal);
        var edited = await JsonAsync(await PutAsync(leader, $"/api/instructions/{id}", Edit(1)), HttpStatusCode.OK);
        Assert.Equal(("2026-10-25", 2), (edited.GetProperty("dueOn").GetString(), edited.GetProperty("version").GetInt32()));
        var stale = await JsonAsync(await PutAsync(leader, $"/api/instructions/{id}", Edit(1, "2026-10-28")), HttpStatusCode.Conflict);
        Assert.Contains("请刷新", stale.GetRawText(), StringComparison.Ordinal);
        // An administrator may act for a leader (one who has left, say).
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(admin, $"/api/instructions/{id}", Edit(2, "2026-10-26"))).StatusCode);

        var noReason = await leader.PostJsonAsync($"/api/instructions/{id}/withdraw", new { reason = "", version = 3 }, HttpStatusCode.BadRequest);
        Assert.StartsWith("撤回理由：", noReason.GetProperty("error").GetString(), StringComparison.Ordinal);
        var withdrawn = await leader.PostJsonAsync($"/api/instructions/{id}/withdraw", new { reason = "权限测试结束", version = 3 }, HttpStatusCode.OK);
        Assert.Equal(("Withdrawn", "已撤回"), (withdrawn.GetProperty("state").GetString(), withdrawn.GetProperty("stateName").GetString()));
        var after = await JsonAsync(await PutAsync(leader, $"/api/instructions/{id}", Edit(4)), HttpStatusCode.BadRequest);
        Assert.Contains("已撤回", after.GetRawText(), StringComparison.Ordinal);

        var detail = await leader.GetJsonAsync($"/api/instructions/{id}");
        Assert.Equal(["批示", "修改批示", "修改批示", "撤回批示"], detail.GetProperty("audit").EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        var clerkList = await clerk.GetJsonAsync("/api/instructions?filter=Open&pageSize=100");
        Assert.DoesNotContain(clerkList.GetProperty("instructions").EnumerateArray(), i => i.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task An_answered_instruction_is_not_edited_but_may_be_withdrawn()
    {
        using var leader = await site.SessionAsync("leader");
        var subject = await FirstPlanProjectAsync(leader);
        var department = subject.GetProperty("department").GetString()!;
        using var clerk = await site.SessionAsync(InstructionsSite.Clerks[department]);
        var id = (await site.InstructionAsync(leader, subject.GetProperty("id").GetString()!, "答复后修改测试", 5)).GetProperty("id").GetInt64();
        await clerk.PostJsonAsync($"/api/instructions/{id}/answers", new { text = "正在办理", closes = false, version = 1 }, HttpStatusCode.OK);
        var refused = await JsonAsync(await PutAsync(leader, $"/api/instructions/{id}", new { text = "改", ownerDepartment = department, dueOn = "2026-10-25", version = 2 }), HttpStatusCode.BadRequest);
        Assert.Contains("办理状态：责任部门已答复，批示不能再修改", refused.GetRawText(), StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await leader.PageAsync($"/instructions/{id}/edit"));
        Assert.Contains("责任部门已答复", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"edit-form\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"withdraw-form\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_are_refused_to_others_and_their_forms_need_the_token()
    {
        using var leader = await site.SessionAsync("leader");
        using var reviewer = await site.SessionAsync("fgw");
        using var admin = await site.SessionAsync("admin");
        using var anonymous = await site.SessionAsync(null);
        var subject = await FirstPlanProjectAsync(leader);
        var department = subject.GetProperty("department").GetString()!;
        using var clerk = await site.SessionAsync(InstructionsSite.Clerks[department]);
        var id = (await site.InstructionAsync(leader, subject.GetProperty("id").GetString()!, "页面权限测试", 5)).GetProperty("id").GetInt64();
        var path = $"/instructions/{id}/edit";

        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(path)).StatusCode);
        var byClerk = await clerk.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, byClerk.StatusCode);
        Assert.StartsWith("/status/403", new Uri(new Uri("http://localhost"), byClerk.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(path)).StatusCode);
        // The detail page offers the change to its author only.
        Assert.Contains("id=\"manage-instruction\"", await leader.PageAsync($"/instructions/{id}"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"manage-instruction\"", await reviewer.PageAsync($"/instructions/{id}"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"manage-instruction\"", await clerk.PageAsync($"/instructions/{id}"), StringComparison.Ordinal);

        var fields = new Dictionary<string, string> { ["text"] = "页面权限测试（改）", ["ownerDepartment"] = department, ["dueOn"] = "2026-10-24", ["version"] = "1" };
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.PostFormAsync(path, null, fields, withToken: false)).StatusCode);
        var badDate = await (await leader.PostFormAsync(path, null, new Dictionary<string, string>(fields) { ["dueOn"] = "2026-09-01" })).HtmlAsync(HttpStatusCode.BadRequest);
        Assert.Contains("早于今天", FormPosts.FieldError(badDate, "办理时限"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync(path, null, fields)).StatusCode);
        var stale = await (await leader.PostFormAsync(path, null, fields)).HtmlAsync(HttpStatusCode.Conflict);
        Assert.Contains("您看到的是第 1 版，现为第 2 版", stale, StringComparison.Ordinal);
        // An administrator reads no instruction page: after a change they stay on this one.
        var byAdmin = await admin.PostFormAsync(path, null, new Dictionary<string, string>(fields) { ["dueOn"] = "2026-10-23", ["version"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, byAdmin.StatusCode);
        Assert.Equal(path, byAdmin.Headers.Location!.OriginalString);

        var noReason = await (await leader.PostFormAsync(path, "Withdraw", new Dictionary<string, string> { ["reason"] = " ", ["version"] = "3" })).HtmlAsync(HttpStatusCode.BadRequest);
        Assert.Equal("请填写撤回理由", FormPosts.FieldError(noReason, "撤回理由"));
        var reviewerWithdraws = await reviewer.PostFormAsync(path, "Withdraw", new Dictionary<string, string> { ["reason"] = "越权", ["version"] = "3" }, tokenPage: "/notifications");
        Assert.Equal(HttpStatusCode.Forbidden, reviewerWithdraws.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync(path, "Withdraw", new Dictionary<string, string> { ["reason"] = "页面测试结束", ["version"] = "3" })).StatusCode);
        var shown = WebUtility.HtmlDecode(await clerk.PageAsync($"/instructions/{id}"));
        Assert.Contains("已撤回", shown, StringComparison.Ordinal);
        Assert.Contains("页面测试结束", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"answer-form\"", shown, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> FirstPlanProjectAsync(WebSession leader) =>
        (await leader.GetJsonAsync("/api/instructions/subjects?kind=PlanProject")).GetProperty("subjects")[0];

    private static Task<HttpResponseMessage> PutAsync(WebSession session, string path, object body) => session.Http.PutAsJsonAsync(path, body);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"应为 {(int)expected}，实际 {(int)response.StatusCode}：{text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
