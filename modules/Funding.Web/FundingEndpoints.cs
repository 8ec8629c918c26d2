using Reserve.Funding;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Funding.Web;

/// <summary>
/// The 资金争取台账 over HTTP: everyone who reads the reserve lists and sums it (a clerk only their own
/// department's); clerks and reviewers write lines one at a time or import a workbook (all rows or none).
/// </summary>
internal static class FundingEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapFundingApi(this IEndpointRouteBuilder app)
    {
        var funding = app.MapGroup("/api/funding").RequireAuthorization(Policies.ReadReserve);

        funding.MapGet("", async (string? channel, int? year, string? project, int? skip, int? take, HttpContext http, IFundingLedger ledger, CancellationToken ct) =>
        {
            var (total, lines) = await ledger.ListAsync(new FundingQuery(FundingWorkflow.Scope(http.User), Blank(channel), year, Blank(project), skip ?? 0, take ?? 50), ct);
            return Results.Json(new { total, skip = skip ?? 0, lines = lines.Select(Line) });
        }).WithSummary("资金争取台账（分页；channel/year/project 筛选；部门填报员只见本部门）");

        funding.MapPost("", async (FundingForm body, HttpContext http, FundingWorkflow workflow, CancellationToken ct) =>
        {
            var (status, outcome) = await workflow.SaveAsync(http.User, body, ct);
            return outcome.Succeeded
                ? Results.Json(new { message = "已保存台账记录", line = Line(outcome.Entry!) })
                : Results.Json(new { error = string.Join("；", outcome.Problems), problems = outcome.Problems }, statusCode: status);
        }).WithSummary("新增或修改一条台账（id 为空即新增；version 为读取时的版本；金额万元，日期 yyyy-MM-dd；部门填报员限本部门，审核员不限）");

        funding.MapPost("/import", async (IFormFile? file, HttpContext http, FundingWorkflow workflow, CancellationToken ct) =>
        {
            if (FundingWorkflow.RoleProblem(http.User) is { } refused)
            {
                return Results.Json(new { error = refused }, statusCode: StatusCodes.Status403Forbidden);
            }
            if (file is null)
            {
                return Results.Json(new { error = "请选择要导入的 XLSX 文件" }, statusCode: StatusCodes.Status400BadRequest);
            }
            await using var stream = file.OpenReadStream();
            var (status, problems, rows) = await workflow.ImportAsync(http.User, stream, ct);
            return problems.Count == 0
                ? Results.Json(new { message = $"已导入 {rows} 行台账", rows })
                : Results.Json(new { error = "文件有错误，未导入任何一行", problems }, statusCode: status);
        }).DisableAntiforgery().WithSummary("从 XLSX 导入台账（列同导出；有一行错误则全部不导入，错误写明行、列和原因）");

        funding.MapGet("/summary", async (string? by, HttpContext http, IFundingLedger ledger, CancellationToken ct) =>
        {
            if (!TryGrouping(by, out var grouping))
            {
                return Results.Json(new { error = $"by“{by}”应为 channel（渠道）、department（部门）或 year（年度）" }, statusCode: StatusCodes.Status400BadRequest);
            }
            var rows = await ledger.SummaryAsync(grouping, FundingWorkflow.Scope(http.User), ct);
            return Results.Json(rows.Select(r => new { r.Key, r.Lines, r.Planned, r.Applied, r.Granted, r.Arrived, r.WonRate, r.ArrivedRate }));
        }).WithSummary("台账汇总（by=channel|department|year；争取率 = 下达 ÷ 申报，到位率 = 到位 ÷ 下达；数据库汇总）");

        funding.MapGet("/export.xlsx", async (HttpContext http, IFundingLedger ledger, IProjectReserve reserve, CancellationToken ct) =>
        {
            var scope = FundingWorkflow.Scope(http.User);
            var lines = new List<FundingEntry>();
            for (var skip = 0; ; skip += 500)
            {
                var (_, page) = await ledger.ListAsync(new FundingQuery(scope, Skip: skip, Take: 500), ct);
                lines.AddRange(page);
                if (page.Count < 500)
                {
                    break;
                }
            }
            var names = (await reserve.SummariesAsync(scope, ct)).ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
            var stream = new MemoryStream();
            FundingWorkbook.Write(lines, names, stream);
            stream.Position = 0;
            return Results.File(stream, XlsxType, "资金争取台账.xlsx");
        }).WithSummary("导出资金争取台账（XLSX，列同导入；部门填报员为本部门）");
    }

    public static bool TryGrouping(string? by, out FundingGrouping grouping)
    {
        switch ((by ?? "channel").Trim().ToLowerInvariant())
        {
            case "channel" or "渠道":
                grouping = FundingGrouping.Channel;
                return true;
            case "department" or "部门":
                grouping = FundingGrouping.Department;
                return true;
            case "year" or "年度":
                grouping = FundingGrouping.Year;
                return true;
            default:
                grouping = default;
                return false;
        }
    }

    private static object Line(FundingEntry e) => new
    {
        e.Id, e.Year, e.ProjectId, e.Department, e.Channel, e.Planned,
        AppliedDate = e.AppliedDate?.ToString("yyyy-MM-dd"), e.AppliedAmount, e.GrantBatch, e.GrantDocNumber, e.GrantedAmount,
        GrantedDate = e.GrantedDate?.ToString("yyyy-MM-dd"), e.ArrivedAmount, ArrivedDate = e.ArrivedDate?.ToString("yyyy-MM-dd"),
        Stage = ZhNames<FundingStage>.Of(e.Stage), e.UpdatedBy, e.Version,
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
