using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reserve.Promotion.Web.Tests;

/// <summary>
/// The working-day calendar's routes for every role: anonymous 401, administrators 403, clerks, reviewers and
/// city leaders read it; only reviewers keep it (a day, an import previewed first).
/// </summary>
[Collection(PromotionSiteCollection.Name)]
public sealed class ApprovalEntryRouteTests(PromotionSite site)
{
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
