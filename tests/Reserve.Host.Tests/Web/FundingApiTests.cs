using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>
/// The 资金争取台账 over HTTP: each route for each role, a line taken through its stages with bad input refused
/// in Chinese and nothing stored, the workbook exported and imported back (a bad file stores nothing), the
/// summaries and the 汇总 page.
/// </summary>
public sealed class FundingApiTests(PermissionFixture site) : IClassFixture<PermissionFixture>
{
    private static readonly string[] Roles = ["anonymous", "clerk", "reviewer", "leader", "admin"];

    public static TheoryData<string, string, string?, string> Routes => new()
    {
        { "GET", "/api/funding", null, "401 200 200 200 403" },
        // Writers are clerks and reviewers; an empty line is refused for its content.
        { "POST", "/api/funding", "{}", "401 400 400 403 403" },
        // Without a multipart body the request is malformed before any role is looked at (a leader's file is refused below).
        { "POST", "/api/funding/import", null, "401 400 400 400 403" },
        { "GET", "/api/funding/summary?by=department", null, "401 200 200 200 403" },
        { "GET", "/api/funding/summary?by=nothing", null, "401 400 400 400 403" },
        { "GET", "/api/funding/export.xlsx", null, "401 200 200 200 403" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Each_role_gets_the_expected_status(string method, string path, string? body, string expected)
    {
        var statuses = expected.Split(' ').Select(int.Parse).ToArray();
        for (var i = 0; i < Roles.Length; i++)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }
            var response = await site.Sessions[Roles[i]].Http.SendAsync(request);
            Assert.True(statuses[i] == (int)response.StatusCode, $"{method} {path} as {Roles[i]}: expected {statuses[i]}, got {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_line_goes_through_its_stages_bad_input_stores_nothing_and_the_workbook_round_trips()
    {
        await using var web = new ReserveWebFactory();
        using var reviewer = await web.SignedInAsync("fgw");
        using var clerk = await web.SignedInAsync("jtj");

        var created = await reviewer.PostJsonAsync("/api/funding", new { year = 2027, projectId = "2027-0001", channel = "special-bonds", planned = "3000" }, HttpStatusCode.OK);
        var line = created.GetProperty("line");
        Assert.Equal("地方政府专项债券", line.GetProperty("channel").GetString());
        Assert.Equal("拟申报", line.GetProperty("stage").GetString());
        var id = line.GetProperty("id").GetInt64();

        var tooMuch = await reviewer.PostJsonAsync("/api/funding",
            new { id, version = 1, year = 2027, projectId = "2027-0001", channel = "地方政府专项债券", planned = "3000", appliedDate = "2026-09-01", appliedAmount = "3500" },
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已申报金额：3,500万元 大于拟申报金额 3,000万元", tooMuch.GetProperty("error").GetString());
        var noNumber = await reviewer.PostJsonAsync("/api/funding",
            new { id, version = 1, year = 2027, projectId = "2027-0001", channel = "地方政府专项债券", planned = "3000", appliedDate = "2026-09-01", appliedAmount = "2500", grantBatch = "第一批", grantedAmount = "2000" },
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("下达文号：已下达的资金必须填写下达文件的文号", noNumber.GetProperty("error").GetString());
        var badDate = await reviewer.PostJsonAsync("/api/funding",
            new { id, version = 1, year = 2027, projectId = "2027-0001", channel = "地方政府专项债券", planned = "3000", appliedDate = "2026/09/01" },
            HttpStatusCode.BadRequest);
        Assert.Contains("申报日期：“2026/09/01”不是 yyyy-MM-dd 日期", badDate.GetProperty("error").GetString());
        var unknown = await reviewer.PostJsonAsync("/api/funding", new { year = 2027, projectId = "2099-0001", channel = "special-bonds", planned = "1" }, HttpStatusCode.BadRequest);
        Assert.Contains("储备库中没有编号为 2099-0001 的项目", unknown.GetProperty("error").GetString());

        var unchanged = (await reviewer.GetJsonAsync("/api/funding?project=2027-0001")).GetProperty("lines")[0];
        Assert.Equal(1, unchanged.GetProperty("version").GetInt32());
        Assert.Equal("拟申报", unchanged.GetProperty("stage").GetString());

        var granted = await reviewer.PostJsonAsync("/api/funding",
            new { id, version = 1, year = 2027, projectId = "2027-0001", channel = "地方政府专项债券", planned = "3000", appliedDate = "2026-09-01", appliedAmount = "2500",
                grantBatch = "2026年第三批", grantDocNumber = "甘财债〔2026〕45号", grantedAmount = "2000", grantedDate = "2026-09-20" }, HttpStatusCode.OK);
        Assert.Equal("已下达", granted.GetProperty("line").GetProperty("stage").GetString());

        var department = (await reviewer.GetJsonAsync("/api/projects/2027-0001")).GetProperty("project").GetProperty("department").GetString();
        if (department != "交通运输局")
        {
            var other = await clerk.PostJsonAsync("/api/funding", new { year = 2027, projectId = "2027-0001", channel = "policy-finance", planned = "10" }, HttpStatusCode.BadRequest);
            Assert.Contains("只能填写本部门项目的台账", other.GetProperty("error").GetString());
            Assert.Equal(0, (await clerk.GetJsonAsync("/api/funding")).GetProperty("total").GetInt32());
        }

        var summary = await reviewer.GetJsonAsync("/api/funding/summary?by=channel");
        var bonds = summary.EnumerateArray().Single(r => r.GetProperty("key").GetString() == "地方政府专项债券");
        Assert.Equal(0.8m, bonds.GetProperty("wonRate").GetDecimal());
        Assert.Equal(0m, bonds.GetProperty("arrivedRate").GetDecimal());
        Assert.Contains("80%", await reviewer.PageAsync("/summary"));
        Assert.Contains("甘财债〔2026〕45号", await reviewer.PageAsync("/funding"));

        var exported = await (await reviewer.GetAsync("/api/funding/export.xlsx")).Content.ReadAsByteArrayAsync();
        var garbage = await Import(reviewer, "not a workbook"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("文件不是有效的 XLSX 工作簿", await garbage.Content.ReadAsStringAsync());
        using var leader = await web.SignedInAsync("leader");
        Assert.Equal(HttpStatusCode.Forbidden, (await Import(leader, exported)).StatusCode);
        var back = await Import(reviewer, exported);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var after = (await reviewer.GetJsonAsync("/api/funding")).GetProperty("lines");
        Assert.Equal(1, after.GetArrayLength());
        Assert.Equal(3, after[0].GetProperty("version").GetInt32());
    }

    private static Task<HttpResponseMessage> Import(WebSession session, byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "台账.xlsx");
        return session.Http.PostAsync("/api/funding/import", content);
    }
}
