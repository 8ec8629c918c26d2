using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Promotion.Web.Tests;

/// <summary>
/// The routes that open and keep approval records, joint reviews and the working-day calendar, for every role:
/// anonymous 401, administrators and city leaders 403 on changes, a clerk only for the department's own projects
/// (another department's project is 403, on its pages too), reviewers everywhere; the calendar is kept by reviewers only.
/// </summary>
[Collection(PromotionSiteCollection.Name)]
public sealed class ApprovalEntryRouteTests(PromotionSite site)
{
    private static int _made;

    /// <summary>
    /// A new project of the department (or of another one) with four pre-work items no record covers, stored through
    /// the reserve itself: the routes under test are the approvals', and the demo's projects may have records already.
    /// </summary>
    private async Task<(string Id, List<string> Items)> FreeProjectAsync(bool own)
    {
        var department = own ? site.Department : PromotionSite.Dept(site.OtherApproval);
        var record = new ProjectRecord
        {
            Name = $"审批路由测试项目{Interlocked.Increment(ref _made)}",
            Department = department,
            Unit = department + "项目建设中心",
            Scale = "改造道路3.2公里，新建排水管网2公里",
            TotalInvestment = 1200m,
            Field = ProjectField.Transport,
            Stage = ProjectStage.Preparation,
            PreWork =
            [
                new PreWorkItem { Item = PreWorkKind.EnvironmentalApproval, Status = PreWorkStatus.InProgress },
                new PreWorkItem { Item = PreWorkKind.EnergyReview, Status = PreWorkStatus.InProgress },
                new PreWorkItem { Item = PreWorkKind.LandPreExamination, Status = PreWorkStatus.InProgress },
                new PreWorkItem { Item = PreWorkKind.ConstructionPermit, Status = PreWorkStatus.NotStarted },
            ],
        };
        var saved = await site.Factory.Services.GetRequiredService<IProjectReserve>().SaveAsync(record, null, "测试");
        Assert.True(saved.Succeeded, string.Join("；", saved.Problems));
        return (saved.Saved!.Record.Id!, ["环评批复", "节能审查", "用地预审与选址意见书", "施工许可"]);
    }

    private static object Open(string projectId, string item) => new { projectId, item, appliedOn = "2026-10-12", basis = "承诺时限", limitDays = 10, counting = "工作日" };

    [Fact]
    public async Task Opening_a_record_answers_each_role_and_department_as_the_rules_say()
    {
        var (own, ownItems) = await FreeProjectAsync(own: true);
        var (other, otherItems) = await FreeProjectAsync(own: false);

        Assert.Equal(HttpStatusCode.Unauthorized, (await site["anonymous"].PostJsonAsync("/api/approvals", Open(own, ownItems[0]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["leader"].PostJsonAsync("/api/approvals", Open(own, ownItems[0]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["admin"].PostJsonAsync("/api/approvals", Open(own, ownItems[0]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].PostJsonAsync("/api/approvals", Open(other, otherItems[0]))).StatusCode);
        var bad = await site["clerk"].PostJsonAsync("/api/approvals", new { projectId = own, item = "不存在的事项", appliedOn = "2026-10-32" }, HttpStatusCode.BadRequest);
        Assert.Contains("前期工作事项", bad.GetProperty("error").GetString());
        Assert.Contains("受理日期", bad.GetProperty("error").GetString());

        var opened = await site["clerk"].PostJsonAsync("/api/approvals", Open(own, ownItems[0]), HttpStatusCode.Created);
        Assert.Equal(("2026-10-26", site.Department), (opened.GetProperty("dueOn").GetString(), PromotionSite.Dept(opened)));
        var again = await site["clerk"].PostJsonAsync("/api/approvals", Open(own, ownItems[0]), HttpStatusCode.BadRequest);
        Assert.Contains("已有办理记录", again.GetProperty("error").GetString());
        await site["reviewer"].PostJsonAsync("/api/approvals", Open(other, otherItems[0]), HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.OK, (await site["clerk"].GetAsync($"/approvals/new?projectId={own}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].GetAsync($"/approvals/new?projectId={other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].GetAsync($"/api/approvals/projects/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site["leader"].GetAsync($"/api/approvals/projects/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site["leader"].GetAsync($"/approvals/new?projectId={own}")).StatusCode);
        var page = await site["clerk"].PageAsync($"/approvals/{opened.GetProperty("id").GetInt64()}");
        Assert.Contains("id=\"progress-form\"", page);
        Assert.DoesNotContain("id=\"progress-form\"", await site["leader"].PageAsync($"/approvals/{opened.GetProperty("id").GetInt64()}"));
    }

    /// <summary>容缺受理 / 先承诺后补办 are recorded on the record's page (the list no longer carries a form per row).</summary>
    [Fact]
    public async Task A_commitment_is_fulfilled_on_the_records_page_by_those_who_may_change_it_against_the_version_read()
    {
        var (own, ownItems) = await FreeProjectAsync(own: true);
        var (other, otherItems) = await FreeProjectAsync(own: false);
        object Owing(string projectId, string item) => new
        {
            projectId, item, appliedOn = "2026-10-12", basis = "承诺时限", limitDays = 10, counting = "工作日",
            commitments = new[] { new { kind = "容缺受理", content = "容缺补交节能报告", madeOn = "2026-10-12", dueOn = "2026-10-20" } },
        };
        var opened = await site["clerk"].PostJsonAsync("/api/approvals", Owing(own, ownItems[1]), HttpStatusCode.Created);
        var foreign = await site["reviewer"].PostJsonAsync("/api/approvals", Owing(other, otherItems[1]), HttpStatusCode.Created);
        var (id, version) = (opened.GetProperty("id").GetInt64(), opened.GetProperty("version").GetInt32());

        var page = await site["clerk"].PageAsync($"/approvals/{id}");
        Assert.Contains("handler=Fulfil", page);
        Assert.DoesNotContain("handler=Fulfil", await site["leader"].PageAsync($"/approvals/{id}"));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        FormUrlEncodedContent Form(string? antiforgery, int read) => new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery ?? "", ["index"] = "0", ["on"] = "2026-10-12", ["version"] = read.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.BadRequest, (await site["clerk"].Http.PostAsync($"/approvals/{id}?handler=Fulfil", Form(null, version))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].Http.PostAsync($"/approvals/{foreign.GetProperty("id").GetInt64()}?handler=Fulfil", Form(token, 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site["clerk"].Http.PostAsync($"/approvals/{id}?handler=Fulfil", Form(token, version))).StatusCode);
        var fulfilled = (await site["clerk"].GetJsonAsync($"/api/approvals/{id}")).GetProperty("commitments")[0];
        Assert.Equal(("2026-10-12", "已补办"), (fulfilled.GetProperty("fulfilledOn").GetString(), fulfilled.GetProperty("state").GetString()));
        var stale = await site["clerk"].Http.PostAsync($"/approvals/{id}?handler=Fulfil", Form(token, version));
        Assert.Contains("保存被拒绝", System.Net.WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        var audit = await site["clerk"].PageAsync($"/approvals/{id}");
        Assert.Contains("<td>承诺补办</td>", audit);
    }

    [Fact]
    public async Task Joint_reviews_answer_each_role_and_department_as_the_rules_say()
    {
        var (own, ownItems) = await FreeProjectAsync(own: true);
        var (other, otherItems) = await FreeProjectAsync(own: false);
        object Joint(string projectId, List<string> items) => new
        {
            kind = "联审联批", projectId, appliedOn = "2026-10-12", remote = true,
            items = items.Take(2).Select(i => new { item = i, basis = "承诺时限", limitDays = 5, counting = "工作日" }),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, (await site["anonymous"].PostJsonAsync("/api/approvals/joint-reviews", Joint(own, ownItems))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["leader"].PostJsonAsync("/api/approvals/joint-reviews", Joint(own, ownItems))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["admin"].PostJsonAsync("/api/approvals/joint-reviews", Joint(own, ownItems))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].PostJsonAsync("/api/approvals/joint-reviews", Joint(other, otherItems))).StatusCode);
        var review = await site["clerk"].PostJsonAsync("/api/approvals/joint-reviews", Joint(own, ownItems), HttpStatusCode.Created);
        Assert.Equal((2, true), (review.GetProperty("items").GetArrayLength(), review.GetProperty("remote").GetBoolean()));
        var otherReview = await site["reviewer"].PostJsonAsync("/api/approvals/joint-reviews", Joint(other, otherItems), HttpStatusCode.Created);
        var (id, otherId) = (review.GetProperty("id").GetInt64(), otherReview.GetProperty("id").GetInt64());

        Assert.Equal(HttpStatusCode.OK, (await site["clerk"].GetAsync($"/api/approvals/joint-reviews/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].GetAsync($"/api/approvals/joint-reviews/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].GetAsync($"/approvals/joint/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site["leader"].GetAsync($"/approvals/joint/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site["anonymous"].GetAsync($"/api/approvals/joint-reviews/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site["admin"].GetAsync($"/api/approvals/joint-reviews/{id}")).StatusCode);

        var change = new { appliedOn = "2026-10-12", completedOn = "2026-10-16", remote = true, version = review.GetProperty("version").GetInt32() };
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(site["leader"], $"/api/approvals/joint-reviews/{id}", change)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(site["clerk"], $"/api/approvals/joint-reviews/{otherId}", change)).StatusCode);
        var done = await Put(site["clerk"], $"/api/approvals/joint-reviews/{id}", change);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Put(site["clerk"], $"/api/approvals/joint-reviews/{id}", change)).StatusCode);
    }

    [Fact]
    public async Task The_calendar_is_read_by_everyone_who_sees_approvals_and_kept_by_reviewers()
    {
        foreach (var path in new[] { "/api/approvals/calendar?year=2026", "/api/approvals/calendar/template" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await site["anonymous"].GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await site["admin"].GetAsync(path)).StatusCode);
            foreach (var role in new[] { "clerk", "reviewer", "leader" })
            {
                Assert.Equal(HttpStatusCode.OK, (await site[role].GetAsync(path)).StatusCode);
            }
        }
        var calendar = await site["leader"].GetJsonAsync("/api/approvals/calendar?year=2025");
        Assert.Equal("国办发明电〔2024〕12号", calendar.GetProperty("notice").GetProperty("docNumber").GetString());
        Assert.Equal(HttpStatusCode.OK, (await site["clerk"].GetAsync("/approvals/calendar")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site["clerk"].GetAsync("/approvals/calendar/import")).StatusCode);

        var mark = new { kind = "放假", note = "权限测试", version = 0 };
        Assert.Equal(HttpStatusCode.Unauthorized, (await Put(site["anonymous"], "/api/approvals/calendar/2031-03-03", mark)).StatusCode);
        foreach (var role in new[] { "clerk", "leader", "admin" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await Put(site[role], "/api/approvals/calendar/2031-03-03", mark)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await Put(site["reviewer"], "/api/approvals/calendar/2031-03-04", new { kind = "上班", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Put(site["reviewer"], "/api/approvals/calendar/2031-03-03", mark)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Put(site["reviewer"], "/api/approvals/calendar/2031-03-03", mark)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Put(site["reviewer"], "/api/approvals/calendar/2031-03-03", new { kind = "按星期", version = 1 })).StatusCode);

        var template = await (await site["reviewer"].GetAsync("/api/approvals/calendar/template")).Content.ReadAsByteArrayAsync();
        MultipartFormDataContent Form()
        {
            var form = new MultipartFormDataContent { { new StringContent("2031"), "year" }, { new StringContent("测试通知"), "title" } };
            form.Add(new ByteArrayContent(template), "file", "t.xlsx");
            return form;
        }
        using (var form = Form())
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await site["clerk"].Http.PostAsync("/api/approvals/calendar/import", form)).StatusCode);
        }
        using var reviewerForm = Form();
        var preview = await site["reviewer"].Http.PostAsync("/api/approvals/calendar/import", reviewerForm);
        var answer = JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        // The template's example days are 2026's: every one of them is out of 2031, so nothing could be stored.
        Assert.False(answer.GetProperty("canImport").GetBoolean());
        Assert.StartsWith("第2行A列：", answer.GetProperty("problems")[0].GetProperty("text").GetString());
    }

    private static Task<HttpResponseMessage> Put(Reserve.Host.Tests.Web.WebSession session, string path, object body) => session.Http.PutAsJsonAsync(path, body);
}
