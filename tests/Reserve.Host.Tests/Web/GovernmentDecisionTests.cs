using System.IO.Compression;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>
/// 报市政府审定 over HTTP: the package holds only the accepted projects and its 请示 is valid DOCX; the
/// government's decision is recorded by a reviewer only, refused whole with Chinese reasons, guarded by the
/// version read, audited, and shown on the submissions page and on each project.
/// </summary>
public sealed class GovernmentDecisionTests
{
    [Fact]
    public async Task The_package_holds_only_accepted_projects_and_the_decision_is_recorded_audited_and_shown()
    {
        await using var site = new ReserveWebFactory();
        using var reviewer = await site.SignedInAsync("fgw");
        using var clerk = await site.SignedInAsync("jtj");

        var none = await reviewer.JsonAsync(await reviewer.GetAsync("/api/submissions/package"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("2027年度没有已受理的项目，不能生成报市政府审定的材料", none.GetProperty("error").GetString());

        await reviewer.SubmitFormAsync("/projects/2027-0001", "Accept", new Dictionary<string, string>());
        await reviewer.SubmitFormAsync("/projects/2027-0002", "Accept", new Dictionary<string, string>());
        await reviewer.SubmitFormAsync("/projects/2027-0003", "Return", new Dictionary<string, string> { ["Reason"] = "补充可研批复" });

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/submissions/package")).StatusCode);
        var response = await reviewer.GetAsync("/api/submissions/package");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync())))
        {
            using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
            Assert.Equal(["2027-0001", "2027-0002"], manifest.RootElement.GetProperty("projects").EnumerateArray().Select(e => e.GetString()!).ToArray());
            Assert.NotNull(zip.GetEntry("附件1：2027年度储备项目汇总表.xlsx"));
            using var bytes = new MemoryStream();
            zip.GetEntry("关于报送2027年度项目谋划储备情况的请示.docx")!.Open().CopyTo(bytes);
            using var doc = WordprocessingDocument.Open(bytes, false);
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
            Assert.Contains("共受理储备项目2个", doc.MainDocumentPart!.Document!.Body!.InnerText);
        }

        Assert.Equal(JsonValueKind.Null, (await reviewer.GetJsonAsync("/api/submissions/decision")).GetProperty("decision").ValueKind);
        var byClerk = await clerk.PostJsonAsync("/api/submissions/decision", new { verdict = "审定通过", date = "2026-10-01", docNumber = "嘉政函〔2026〕88号" }, HttpStatusCode.Forbidden);
        Assert.NotNull(byClerk.GetProperty("error").GetString());

        var bad = await reviewer.PostJsonAsync("/api/submissions/decision",
            new { verdict = "审定通过", date = "2026-10-01", docNumber = "", removed = "2027-0003" }, HttpStatusCode.UnprocessableEntity);
        var problem = bad.GetProperty("error").GetString()!;
        Assert.Contains("文号：必须填写", problem);
        Assert.Contains("调出项目：2027-0003 不是2027年度已受理的项目", problem);
        var unknown = await reviewer.PostJsonAsync("/api/submissions/decision",
            new { verdict = "调整", date = "2026/10/01", docNumber = "嘉政函〔2026〕88号", added = "2099-0001" }, HttpStatusCode.BadRequest);
        Assert.Contains("审定日期：“2026/10/01”不是 yyyy-MM-dd 日期", unknown.GetProperty("error").GetString());
        Assert.Contains("增列项目：储备库中没有编号为 2099-0001 的项目", unknown.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, (await reviewer.GetJsonAsync("/api/submissions/decision")).GetProperty("decision").ValueKind);

        var recorded = await reviewer.PostJsonAsync("/api/submissions/decision",
            new { verdict = "调整", date = "2026-10-01", docNumber = "嘉政函〔2026〕88号", removed = "2027-0002", added = "2027-0003", note = "前期不足" }, HttpStatusCode.OK);
        var decision = recorded.GetProperty("decision");
        Assert.Equal("调整", decision.GetProperty("verdictName").GetString());
        Assert.Equal(1, decision.GetProperty("approved").GetInt32());
        Assert.Equal(1, decision.GetProperty("version").GetInt32());

        var stale = await reviewer.PostJsonAsync("/api/submissions/decision",
            new { verdict = "审定通过", date = "2026-10-01", docNumber = "嘉政函〔2026〕89号" }, HttpStatusCode.Conflict);
        Assert.Contains("请刷新后重试", stale.GetProperty("error").GetString());

        Assert.Contains("嘉政函〔2026〕88号", await reviewer.PageAsync("/submissions"));
        Assert.Contains("审定时调出", await reviewer.PageAsync("/projects/2027-0002"));
        Assert.Contains("审定时增列", await reviewer.PageAsync("/projects/2027-0003"));
        var audit = await reviewer.GetJsonAsync("/api/audit/review");
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "市政府调整" && e.GetProperty("actor").GetString()!.Length > 0);
    }

    [Fact]
    public async Task The_decision_form_records_with_the_antiforgery_token_and_keeps_what_was_typed_on_error()
    {
        await using var site = new ReserveWebFactory();
        using var reviewer = await site.SignedInAsync("fgw");
        await reviewer.SubmitFormAsync("/projects/2027-0001", "Accept", new Dictionary<string, string>());

        var page = await reviewer.SubmitFormAsync("/submissions", "Decision", new Dictionary<string, string>
        {
            ["Entered.Year"] = "2027",
            ["Entered.Verdict"] = "Approved",
            ["Entered.Date"] = "2026-09-30",
            ["Entered.DocNumber"] = "嘉政函〔2026〕77号",
        });
        Assert.Equal("已记录市政府对2027年度储备清单的审定结果", WebSession.Flash(page));
        Assert.Contains("审定通过 1 个项目", page);
    }
}
