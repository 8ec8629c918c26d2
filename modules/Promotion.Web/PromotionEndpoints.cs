using Reserve.WebKit.Security;
using Reserve.Promotion;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;

namespace Reserve.Promotion.Web;

/// <summary>
/// 招商引资 over HTTP, under the rules of the /promotion pages: clerks read and change their own department's
/// deals, reviewers every deal, city leaders read only (DepartmentRecordAccess).
/// </summary>
internal static class PromotionEndpoints
{
    public sealed record StageRequest(string? To, string? On, string? Reason, int Version);

    public sealed record FundsRequest(string? On, decimal Amount, string? Note, int Version);

    public sealed record ConvertRequest(int Version);

    /// <summary>A deal as typed (new or edited); <c>Stage</c>/<c>Since</c> only when creating (default 线索, today).</summary>
    public sealed record DealRequest(
        string? Name, string? Investor, string? InvestorCreditCode, string? Industry, string? Department, string? FollowedBy,
        long? EventId, decimal ContractInvestment, string? Region, string? Address, string? Scale,
        string? Method, string? Park, string? Chain, string? ChainLink, string? Stage, string? Since, int? Version);

    public sealed record EventRequest(string? Name, string? HeldOn, string? Place, string? Kind, int? Version);

    public sealed record SupportRequest(string? Item, string? Basis, decimal? Amount, string? GrantedOn, string? Note, int Version);

    public sealed record CheckRequest(string? On, bool OnSchedule, string? Note, int Version);

    public static void MapPromotionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/promotion").RequireAuthorization(p => p.RequireRole(DepartmentRecordAccess.ReadRoles.Split(',')));

        api.MapGet("/deals", async (string? stage, long? eventId, string? department, string? industry, string? q, string? park, string? method, string? chain,
            int? skip, int? take, HttpContext http, PromotionBoard board, CancellationToken ct) =>
        {
            DealStage? only = null;
            if (!string.IsNullOrWhiteSpace(stage))
            {
                if (!EnumText.TryParse<DealStage>(stage, out var parsed))
                {
                    return ProblemResults.Error(StatusCodes.Status400BadRequest, EnumText.Problem<DealStage>("阶段", stage));
                }
                only = parsed;
            }
            var from = Math.Max(0, skip ?? 0);
            var size = Math.Clamp(take ?? PromotionBoard.PageSize, 1, PromotionBoard.MaxPageSize);
            var (deals, refusal) = await board.DealsAsync(http.User, new DealFilter(department, industry, eventId, only, q, park, method, chain), from, size, ct);
            return refusal is not null
                ? ProblemResults.Error(StatusCodes.Status403Forbidden, refusal)
                : Results.Json(new { count = deals.Total, skip = from, take = size, deals = deals.Items.Select(PromotionJson.Deal) });
        }).WithSummary("招商项目列表，分页（skip、take 每页至多500；count 为符合条件的总数）：stage 阶段、eventId 签约活动、department、industry、park 园区、method 招商方式、chain 产业链、q 名称或投资方；部门填报员只见本部门");

        api.MapGet("/events", async (int? skip, int? take, IPromotionService promotion, CancellationToken ct) =>
        {
            var from = Math.Max(0, skip ?? 0);
            var size = Math.Clamp(take ?? PromotionBoard.PageSize, 1, PromotionBoard.MaxPageSize);
            var page = await promotion.EventPageAsync(from, size, ct);
            return Results.Json(new { count = page.Total, skip = from, take = size, events = page.Items.Select(PromotionJson.Event) });
        }).WithSummary("签约活动列表，新的在前，分页（skip、take），附各活动的签约项目数");

        api.MapGet("/followers", async (string? department, HttpContext http, PromotionBoard board, CancellationToken ct) =>
        {
            var (scope, refusal) = DepartmentRecordAccess.ListScope(http.User, department);
            return refusal is not null
                ? ProblemResults.Error(StatusCodes.Status403Forbidden, refusal)
                : Results.Json(new { department = scope, followers = await board.FollowerChoicesAsync(scope, ct) });
        }).WithSummary("可选的跟踪责任人（盯人）：该部门填报员和发改委审核员的在用账号");

        api.MapGet("/deals/{id:long}", async (long id, HttpContext http, PromotionBoard board, CancellationToken ct) =>
        {
            var read = await board.ReadAsync(http.User, id, ct);
            return read.Deal is { } deal ? Results.Json(PromotionJson.Detail(deal)) : ProblemResults.Error(read.Status, read.Refusal);
        }).WithSummary("招商项目详情：阶段历程、到位资金、履约核查");

        api.MapGet("/metrics", async (string? by, string? asOf, HttpContext http, PromotionBoard board, CancellationToken ct) =>
        {
            if (!TryGrouping(by, out var grouping, out var problem) || !ProblemResults.TryDate(asOf, "统计日", out var date, out problem))
            {
                return problem!;
            }
            var table = await board.MetricsAsync(http.User, grouping, date ?? board.Today, ct);
            return Results.Json(PromotionJson.Metrics(table));
        }).WithSummary("履约率、落地率、开工率、投产率、资金到位率（by=event|department|industry|park|method|chain|chainlink，asOf 统计日；附口径；由数据库分组汇总）");

        var write = api.MapGroup("").RequireAuthorization(p => p.RequireRole(DepartmentRecordAccess.EditRoles.Split(',')));

        write.MapPost("/deals", async (DealRequest body, HttpContext http, PromotionBoard board, DealWriter writer, CancellationToken ct) =>
        {
            var draft = Draft(body);
            var stage = DealStage.Lead;
            if (!string.IsNullOrWhiteSpace(body.Stage) && !EnumText.TryParse(body.Stage, out stage))
            {
                return ProblemResults.Error(StatusCodes.Status400BadRequest, EnumText.Problem<DealStage>("阶段", body.Stage));
            }
            if (!ProblemResults.TryDate(body.Since, "日期", out var since, out var problem))
            {
                return problem!;
            }
            return (await writer.CreateAsync(http.User, draft, stage, since ?? board.Today, [], ct)).Result();
        }).WithSummary("新建招商项目（名称、投资方、产业、部门、跟踪责任人即盯人（须为 /api/promotion/followers 所列账号）、签约活动、合同投资额、招商方式、落地园区、产业链及延链/补链/强链；stage 起始阶段默认线索、since 日期）");

        write.MapPut("/deals/{id:long}", async (long id, DealRequest body, HttpContext http, DealWriter writer, CancellationToken ct) =>
            (await writer.UpdateAsync(http.User, id, Draft(body), body.Version, [], ct)).Result()).WithSummary("修改招商项目（字段同新建，须带 version；阶段、资金、核查各走自己的接口）");

        write.MapPost("/events", async (EventRequest body, HttpContext http, IPromotionService promotion, CancellationToken ct) =>
        {
            if (!ProblemResults.TryDate(body.HeldOn, "举办日期", out var heldOn, out var problem))
            {
                return problem!;
            }
            if (heldOn is null)
            {
                return ProblemResults.Error(StatusCodes.Status400BadRequest, "举办日期：必须填写");
            }
            var promotionEvent = new PromotionEvent { Name = body.Name ?? "", HeldOn = heldOn.Value, Place = body.Place, Kind = body.Kind };
            var outcome = await promotion.SaveEventAsync(promotionEvent, null, http.User.AuditName(), ct);
            return outcome.Value is { } saved
                ? Results.Json(PromotionJson.Event(new EventSummary(saved, 0)))
                : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);
        }).WithSummary("新建签约活动（name 名称、kind 活动类型：兰洽会、推介会、集中签约、网络招商…、heldOn 举办日期、place 地点）");

        write.MapPut("/events/{id:long}", async (long id, EventRequest body, HttpContext http, IPromotionService promotion, CancellationToken ct) =>
        {
            if (PromotionBoard.EventEditRefusal(http.User) is { } refusal)
            {
                return ProblemResults.Error(StatusCodes.Status403Forbidden, refusal);
            }
            if (await promotion.FindEventAsync(id, ct) is null)
            {
                return ProblemResults.Error(StatusCodes.Status404NotFound, $"没有编号为 {id} 的招商活动");
            }
            if (!ProblemResults.TryDate(body.HeldOn, "举办日期", out var heldOn, out var problem))
            {
                return problem!;
            }
            if (body.Version is not { } version)
            {
                return ProblemResults.Error(StatusCodes.Status400BadRequest, "version：修改时必须给出读取时的版本号");
            }
            var promotionEvent = new PromotionEvent { Id = id, Name = body.Name ?? "", HeldOn = heldOn ?? default, Place = body.Place, Kind = body.Kind };
            var outcome = await promotion.SaveEventAsync(promotionEvent, version, http.User.AuditName(), ct);
            return outcome.Value is { } saved
                ? Results.Json(PromotionJson.Event(new EventSummary(saved, 0)))
                : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);
        }).WithSummary("修改签约活动（仅发改委审核员；字段同新建，须带 version）");

        var edit = api.MapGroup("/deals/{id:long}").RequireAuthorization(p => p.RequireRole(DepartmentRecordAccess.EditRoles.Split(',')));

        edit.MapPost("/checks", async (long id, CheckRequest body, HttpContext http, PromotionBoard board, IPromotionService promotion, CancellationToken ct) =>
        {
            var allowed = await board.EditAsync(http.User, id, ct);
            if (allowed.Deal is null)
            {
                return ProblemResults.Error(allowed.Status, allowed.Refusal);
            }
            if (!ProblemResults.TryDate(body.On, "核查日期", out var on, out var problem))
            {
                return problem!;
            }
            var check = new PerformanceCheck { On = on ?? board.Today, OnSchedule = body.OnSchedule, Note = body.Note };
            return Result(await promotion.AddPerformanceCheckAsync(id, check, body.Version, http.User.AuditName(), ct));
        }).WithSummary("登记履约核查（on 日期、onSchedule 是否按合同推进、note 发现及下一步、version）");

        edit.MapPost("/support", async (long id, SupportRequest body, HttpContext http, PromotionBoard board, IPromotionService promotion, CancellationToken ct) =>
        {
            var allowed = await board.EditAsync(http.User, id, ct);
            if (allowed.Deal is null)
            {
                return ProblemResults.Error(allowed.Status, allowed.Refusal);
            }
            if (!ProblemResults.TryDate(body.GrantedOn, "兑现日期", out var on, out var problem))
            {
                return problem!;
            }
            var grant = new SupportGrant { Item = body.Item ?? "", Basis = body.Basis ?? "", Amount = body.Amount, GrantedOn = on ?? default, Note = body.Note };
            return Result(await promotion.AddSupportAsync(id, grant, body.Version, http.User.AuditName(), ct));
        }).WithSummary("登记兑现的扶持办法（item 扶持事项、basis 政策依据、amount 金额万元（非资金类留空）、grantedOn 兑现日期、note、version）");

        edit.MapPost("/stage", async (long id, StageRequest body, HttpContext http, PromotionBoard board, IPromotionService promotion, CancellationToken ct) =>
        {
            var allowed = await board.EditAsync(http.User, id, ct);
            if (allowed.Deal is null)
            {
                return ProblemResults.Error(allowed.Status, allowed.Refusal);
            }
            if (!EnumText.TryParse<DealStage>(body.To, out var to))
            {
                return ProblemResults.Error(StatusCodes.Status400BadRequest, EnumText.Problem<DealStage>("阶段", body.To));
            }
            if (!ProblemResults.TryDate(body.On, "日期", out var on, out var problem))
            {
                return problem!;
            }
            var outcome = await promotion.MoveStageAsync(id, to, on ?? board.Today, body.Reason, body.Version, http.User.AuditName(), ct);
            return Result(outcome);
        }).WithSummary("推进或退回阶段（to 阶段、on 日期、退回须填 reason、version）");

        edit.MapPost("/funds", async (long id, FundsRequest body, HttpContext http, PromotionBoard board, IPromotionService promotion, CancellationToken ct) =>
        {
            var allowed = await board.EditAsync(http.User, id, ct);
            if (allowed.Deal is null)
            {
                return ProblemResults.Error(allowed.Status, allowed.Refusal);
            }
            if (!ProblemResults.TryDate(body.On, "到位日期", out var on, out var problem))
            {
                return problem!;
            }
            var arrival = new FundArrival { On = on ?? board.Today, Amount = body.Amount, Note = body.Note };
            return Result(await promotion.AddFundsAsync(id, arrival, body.Version, http.User.AuditName(), ct));
        }).WithSummary("登记到位资金（on 日期、amount 万元、note、version）");

        edit.MapPost("/convert", async (long id, ConvertRequest body, HttpContext http, PromotionBoard board, IPromotionService promotion, CancellationToken ct) =>
        {
            var allowed = await board.EditAsync(http.User, id, ct);
            if (allowed.Deal is null)
            {
                return ProblemResults.Error(allowed.Status, allowed.Refusal);
            }
            var outcome = await promotion.ConvertToProjectAsync(id, body.Version, http.User.AuditName(), null, ct);
            return outcome.Value is { } converted
                ? Results.Json(new { projectId = converted.Deal.ProjectId, link = $"/projects/{converted.Deal.ProjectId}", deal = PromotionJson.Deal(converted) })
                : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);
        }).WithSummary("已落地的招商项目转入储备库（不重复录入；返回储备编号）");
    }

    private static DealDraft Draft(DealRequest body) => new()
    {
        Name = body.Name ?? "",
        Investor = body.Investor ?? "",
        InvestorCreditCode = body.InvestorCreditCode,
        Industry = body.Industry ?? "",
        Department = body.Department ?? "",
        FollowedBy = body.FollowedBy ?? "",
        EventId = body.EventId,
        ContractInvestment = body.ContractInvestment,
        Region = body.Region,
        Address = body.Address,
        Scale = body.Scale ?? "",
        Method = body.Method,
        Park = body.Park,
        Chain = body.Chain,
        ChainLink = body.ChainLink,
    };

    private static IResult Result(Outcome<StoredDeal> outcome) =>
        outcome.Value is { } deal ? Results.Json(PromotionJson.Detail(deal)) : ProblemResults.Refused(outcome.Problems.Select(p => p.ToString()), outcome.Conflict);

    internal static bool TryGrouping(string? by, out MetricGrouping grouping, out IResult? problem)
    {
        problem = null;
        grouping = MetricGrouping.Event;
        switch (by?.Trim().ToLowerInvariant())
        {
            case null or "" or "event":
                return true;
            case "department":
                grouping = MetricGrouping.Department;
                return true;
            case "industry":
                grouping = MetricGrouping.Industry;
                return true;
            case "park":
                grouping = MetricGrouping.Park;
                return true;
            case "method":
                grouping = MetricGrouping.Method;
                return true;
            case "chain":
                grouping = MetricGrouping.Chain;
                return true;
            case "chainlink":
                grouping = MetricGrouping.ChainLink;
                return true;
            default:
                problem = ProblemResults.Error(StatusCodes.Status400BadRequest, $"by：“{by}”不是有效的分组，应为 event（签约活动）、department（部门）、industry（产业）、park（园区）、method（招商方式）、chain（产业链）或 chainlink（延链/补链/强链）");
                return false;
        }
    }
}
