using System.Net;
using System.Text;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>
/// Route by route, role by role: the status each user gets from the submission, audit, summary and
/// administration routes and pages. Anonymous callers get 401 from the API and the login page from pages.
/// </summary>
public sealed class WebRoutePermissionTests(PermissionFixture site) : IClassFixture<PermissionFixture>
{
    private static readonly string[] Roles = ["anonymous", "clerk", "reviewer", "leader", "admin"];

    /// <summary>Method, path, JSON body, and the expected status for anonymous, clerk (工信局), reviewer, leader, admin.</summary>
    public static TheoryData<string, string, string?, string> ApiRoutes => new()
    {
        { "GET", "/api/submissions", null, "401 200 200 200 403" },
        { "GET", "/api/submissions?status=已提交", null, "401 200 200 200 403" },
        // The clerk's own list is already submitted: allowed to try, refused for its status.
        { "POST", "/api/submissions/工信局/submit", null, "401 409 403 403 403" },
        // Another department's list: no clerk may submit it.
        { "POST", "/api/submissions/交通运输局/submit", null, "401 403 403 403 403" },
        // Reviewer only; without a reason a return is refused for its content.
        { "POST", "/api/submissions/交通运输局/return", "{}", "401 403 400 403 403" },
        // Reviewer only; a draft can be neither aggregated nor reported.
        { "POST", "/api/submissions/交通运输局/aggregate", null, "401 403 409 403 403" },
        { "POST", "/api/submissions/交通运输局/report", null, "401 403 409 403 403" },
        { "GET", "/api/submissions/decision", null, "401 200 200 200 403" },
        // Reviewer only; a decision without its fields is refused for its content.
        { "POST", "/api/submissions/decision", "{}", "401 403 400 403 403" },
        { "GET", "/api/aggregates", null, "401 200 200 200 403" },
        { "GET", "/api/summary.xlsx", null, "401 200 200 200 403" },
        { "GET", "/api/audit", null, "401 403 200 403 403" },
        { "GET", "/api/audit/review", null, "401 403 200 403 403" },
        { "GET", "/api/audit/accounts", null, "401 403 200 403 403" },
        { "GET", "/api/plugins", null, "401 403 403 403 200" },
        { "GET", "/api/plugins/special-bonds/golden", null, "401 403 403 403 200" },
        { "GET", "/api/plugins/no-such-plugin/golden", null, "401 403 403 403 404" },
        { "GET", "/api/plugins/flip-reports/999999", null, "401 403 403 403 404" },
        { "GET", "/api/plugins/no-such-plugin/versions/1.0.0/flip-report", null, "401 403 403 403 404" },
        { "GET", "/api/users", null, "401 403 403 403 200" },
        { "POST", "/api/users", """{"login":"x"}""", "401 403 403 403 400" },
        { "POST", "/api/users/leader/password", """{"password":"short"}""", "401 403 403 403 400" },
        { "POST", "/api/users/leader/active", "{}", "401 403 403 403 400" },
        { "POST", "/api/users/nobody/unlock", null, "401 403 403 403 404" },
        { "POST", "/api/users/nobody/role", """{"role":"Reviewer"}""", "401 403 403 403 404" },
        { "GET", "/api/departments", null, "401 403 403 403 200" },
        { "POST", "/api/plan", """{"objective":"most"}""", "401 403 400 403 403" },
        { "POST", "/api/plan/xlsx", """{"asOf":"15/10/2026"}""", "401 403 400 403 403" },
        { "POST", "/api/departments", """{"name":""}""", "401 403 403 403 400" },
    };

    [Theory]
    [MemberData(nameof(ApiRoutes))]
    public async Task Each_role_gets_the_expected_status_from_the_api(string method, string path, string? body, string expected)
    {
        var statuses = expected.Split(' ').Select(int.Parse).ToArray();
        var wrong = new List<string>();
        for (var i = 0; i < Roles.Length; i++)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }
            var response = await site.Sessions[Roles[i]].Http.SendAsync(request);
            if ((int)response.StatusCode != statuses[i])
            {
                wrong.Add($"{Roles[i]}: {(int)response.StatusCode}（应为 {statuses[i]}）{await response.Content.ReadAsStringAsync()}");
            }
            else if (statuses[i] >= 400 && response.Content.Headers.ContentType?.MediaType == "application/json")
            {
                // Every refusal says why, in Chinese.
                Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync());
            }
        }
        Assert.True(wrong.Count == 0, $"{method} {path}\n" + string.Join("\n", wrong));
    }

    /// <summary>Page, and for each role: 200, "login" (sent to sign in) or "denied" (sent to the 无权访问 page).</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "/submissions", "login 200 200 200 denied" },
        { "/summary", "login 200 200 200 denied" },
        { "/audit", "login denied 200 denied denied" },
        { "/audit?view=review", "login denied 200 denied denied" },
        { "/audit?view=accounts", "login denied 200 denied denied" },
        { "/admin/plugins", "login denied denied denied 200" },
        { "/admin/plugins/check", "login denied denied denied 200" },
        { "/admin/users", "login denied denied denied 200" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_role_reaches_or_is_turned_away_from_the_pages(string path, string expected)
    {
        var outcomes = expected.Split(' ');
        for (var i = 0; i < Roles.Length; i++)
        {
            var response = await site.Sessions[Roles[i]].GetAsync(path);
            var actual = response.StatusCode switch
            {
                HttpStatusCode.OK => "200",
                HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/login", StringComparison.Ordinal) => "login",
                HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/status/403", StringComparison.Ordinal) => "denied",
                _ => $"{(int)response.StatusCode} {response.Headers.Location}",
            };
            Assert.True(outcomes[i] == actual, $"{Roles[i]} GET {path}：应为 {outcomes[i]}，实际 {actual}");
        }
    }

    [Fact]
    public async Task A_clerk_sees_only_their_own_departments_submission()
    {
        var clerk = await site.Sessions["clerk"].GetJsonAsync("/api/submissions");
        var departments = clerk.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("submission").GetProperty("department").GetString()).ToList();
        Assert.Equal(["工信局"], departments);

        var reviewer = await site.Sessions["reviewer"].GetJsonAsync("/api/submissions");
        Assert.True(reviewer.GetProperty("departments").GetArrayLength() > 10);
    }

    [Fact]
    public async Task A_clerk_is_told_why_another_departments_list_is_not_theirs_to_submit()
    {
        var refused = await site.Sessions["clerk"].PostJsonAsync("/api/submissions/交通运输局/submit", null, HttpStatusCode.Forbidden);
        Assert.Equal("只能提交本部门的储备清单", refused.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_city_leader_reads_submissions_without_any_form_to_change_them()
    {
        var html = await site.Sessions["leader"].PageAsync("/submissions");
        Assert.Contains("报送情况", html);
        Assert.Contains("市领导为只读查看", html);
        Assert.DoesNotContain("method=\"post\" action=\"/submissions", html);
        // The only form that posts on a leader's page is the layout's 退出 in the header; the body only filters (GET).
        var body = html[html.IndexOf("<main>", StringComparison.Ordinal)..];
        Assert.DoesNotContain("method=\"post\"", body);
        Assert.DoesNotContain("__RequestVerificationToken", body);
    }

    [Fact]
    public async Task A_reviewer_posting_a_page_form_without_its_anti_forgery_token_is_refused()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["department"] = "工信局" });
        var response = await site.Sessions["reviewer"].Http.PostAsync("/submissions?handler=Aggregate", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await site.Sessions["reviewer"].GetJsonAsync("/api/submissions?status=Submitted");
        Assert.Contains(after.GetProperty("departments").EnumerateArray(), d => d.GetProperty("submission").GetProperty("department").GetString() == "工信局");
    }

    [Fact]
    public async Task An_unknown_status_filter_is_refused_with_the_allowed_values()
    {
        var refused = await site.Sessions["reviewer"].GetJsonAsync("/api/submissions?status=完成", HttpStatusCode.BadRequest);
        Assert.Equal("“完成”不是有效的报送状态，应为：草稿、已提交、退回修改、已汇总、报市政府审定", refused.GetProperty("error").GetString());
    }
}
