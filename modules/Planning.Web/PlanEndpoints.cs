using System.Globalization;
using Reserve.Planning;

namespace Reserve.Planning.Web;

/// <summary>
/// The funding plan over HTTP for 发改委 reviewers: quotas in, the plan out as JSON (the shape of
/// <see cref="PlanJson"/>) or as the XLSX workbook. Planning reads the reserve and changes nothing.
/// </summary>
internal static class PlanEndpoints
{
    public sealed record PlanBody(
        string? AsOf,
        Dictionary<string, decimal>? Quotas,
        string? Objective,
        bool? WithPending,
        bool? NearMisses,
        double? TimeLimitSeconds);

    public static void MapPlanApi(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("/api/plan").RequireAuthorization(Policies.Review);

        plan.MapPost("", (PlanBody body, PlanRunner runner, TimeProvider clock, CancellationToken ct) =>
            AnswerAsync(body, runner, clock, ct, result =>
            {
                var stream = new MemoryStream();
                PlanJson.Write(result, stream);
                return Results.Bytes(stream.ToArray(), "application/json; charset=utf-8");
            })).WithSummary("资金争取方案：各渠道额度（quotas，万元）下的最优分配，附申报窗口和“怎样才能符合”（审核员）");

        plan.MapPost("/xlsx", (PlanBody body, PlanRunner runner, TimeProvider clock, CancellationToken ct) =>
            AnswerAsync(body, runner, clock, ct, result =>
            {
                var stream = new MemoryStream();
                PlanWorkbook.Write(result, stream);
                return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"资金争取方案-{result.AsOf:yyyyMMdd}.xlsx");
            })).WithSummary("资金争取方案导出为 XLSX（分配方案、渠道额度、求解结果、怎样才能符合）");
    }

    /// <summary>The plan the body asks for, rendered by <paramref name="render"/>; a bad body or quota is a 400 in Chinese.</summary>
    private static async Task<IResult> AnswerAsync(PlanBody body, PlanRunner runner, TimeProvider clock, CancellationToken ct, Func<FundingPlan, IResult> render)
    {
        if (Request(body, clock) is not { } request)
        {
            return Results.Json(new { error = Problem(body) }, statusCode: StatusCodes.Status400BadRequest);
        }
        try
        {
            return render(await runner.PlanAsync(request, ct));
        }
        catch (PlanInputException ex)
        {
            return Results.Json(new { error = ex.Message }, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The request the body asks for, or null when a member is malformed (see <see cref="Problem"/>).</summary>
    internal static PlanRequest? Request(PlanBody body, TimeProvider clock)
    {
        if (Problem(body) is not null)
        {
            return null;
        }
        var asOf = body.AsOf is { Length: > 0 } text
            ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return new PlanRequest(asOf, body.Quotas ?? [])
        {
            Objective = body.Objective == "priority" ? PlanObjective.Priority : PlanObjective.Amount,
            IncludeNeedsInformation = body.WithPending ?? false,
            FindNearMisses = body.NearMisses ?? true,
            TimeLimit = TimeSpan.FromSeconds(body.TimeLimitSeconds ?? 8),
        };
    }

    internal static string? Problem(PlanBody body)
    {
        if (body.AsOf is { Length: > 0 } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"asOf“{text}”不是 yyyy-MM-dd 日期";
        }
        if (body.Objective is not (null or "amount" or "priority"))
        {
            return $"objective“{body.Objective}”应为 amount（资金总额最大）或 priority（优先级加权最大）";
        }
        if (body.TimeLimitSeconds is { } seconds && seconds is <= 0 or > 60)
        {
            return $"timeLimitSeconds {seconds} 应在 0 到 60 秒之间";
        }
        return null;
    }
}
