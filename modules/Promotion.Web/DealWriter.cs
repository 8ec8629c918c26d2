using System.Security.Claims;
using Reserve.Promotion;
using Reserve.Promotion.Deals;

namespace Reserve.Promotion.Web;

/// <summary>What became of a deal written through the web: the stored deal, or 403/404 with the reason, or the problems, or a conflict.</summary>
internal sealed record DealWrite(StoredDeal? Deal, int Status, string? Refusal, IReadOnlyList<Problem> Problems, string? Conflict)
{
    public static DealWrite Refused(int status, string refusal) => new(null, status, refusal, [], null);

    public static DealWrite From(Outcome<StoredDeal> outcome) => outcome.Value is { } deal
        ? new(deal, StatusCodes.Status200OK, null, [], null)
        : new(null, outcome.Conflict is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict, null, outcome.Problems, outcome.Conflict);

    /// <summary>The answer of an API route.</summary>
    public IResult Result() => Deal is { } deal
        ? Results.Json(PromotionJson.Detail(deal))
        : Refusal is not null ? ProblemResults.Error(Status, Refusal) : ProblemResults.Refused(Problems.Select(p => p.ToString()), Conflict);
}

/// <summary>
/// Creates and edits deals for a user, the same for the pages and the API: a clerk only in their own department
/// (and never hands a deal to another by editing it), the 跟踪责任人 one of the accounts offered, the form's own
/// reading problems reported with the module's, and nothing written while any remains.
/// </summary>
internal sealed class DealWriter(PromotionBoard board, IPromotionService promotion)
{
    public async Task<DealWrite> CreateAsync(ClaimsPrincipal user, DealDraft draft, DealStage stage, DateOnly since, IReadOnlyList<Problem> typed, CancellationToken cancellationToken)
    {
        if (DepartmentRecordAccess.EditRefusal(user, draft.Department.Trim()) is { } refusal)
        {
            return DealWrite.Refused(StatusCodes.Status403Forbidden, refusal);
        }
        if (await Blocking(draft, null, typed, cancellationToken) is { } blocked)
        {
            return blocked;
        }
        return DealWrite.From(await promotion.CreateAsync(draft, stage, since, user.AuditName(), cancellationToken));
    }

    public async Task<DealWrite> UpdateAsync(ClaimsPrincipal user, long id, DealDraft draft, int? version, IReadOnlyList<Problem> typed, CancellationToken cancellationToken)
    {
        var allowed = await board.EditAsync(user, id, cancellationToken);
        if (allowed.Deal is not { } stored)
        {
            return DealWrite.Refused(allowed.Status, allowed.Refusal!);
        }
        if (DepartmentRecordAccess.EditRefusal(user, draft.Department.Trim()) is { } refusal)
        {
            return DealWrite.Refused(StatusCodes.Status403Forbidden, refusal);
        }
        if (version is not { } expected)
        {
            return new DealWrite(null, StatusCodes.Status400BadRequest, null, [new Problem("version", "修改时必须给出读取时的版本号")], null);
        }
        if (await Blocking(draft, stored.Deal.FollowedBy, typed, cancellationToken) is { } blocked)
        {
            return blocked;
        }
        return DealWrite.From(await promotion.UpdateAsync(id, draft, expected, user.AuditName(), cancellationToken));
    }

    private async Task<DealWrite?> Blocking(DealDraft draft, string? keptFollower, IReadOnlyList<Problem> typed, CancellationToken cancellationToken)
    {
        var problems = typed.ToList();
        if (await board.FollowerProblemAsync(draft, keptFollower, cancellationToken) is { } follower)
        {
            problems.Add(follower);
        }
        return problems.Count == 0 ? null : new DealWrite(null, StatusCodes.Status400BadRequest, null, problems, null);
    }
}
