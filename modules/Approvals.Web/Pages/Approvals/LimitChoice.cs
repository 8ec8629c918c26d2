using Reserve.Approvals.Limits;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Web.Pages.Approvals;

/// <summary>
/// The time-limit choice of a form, as one select value: “statutory:eia-report” for a statutory limit, “promised”
/// for the department's promise (with its days and their counting).
/// </summary>
internal static class LimitChoice
{
    public const string Promised = "promised";
    private const string StatutoryPrefix = "statutory:";

    public static string Of(StatutoryLimit limit) => StatutoryPrefix + limit.Id;

    /// <summary>The choices for an item: its statutory limits first (the first is the default), then the promise.</summary>
    public static IReadOnlyList<(string Value, string Text)> For(PreWorkKind item) =>
        StatutoryLimits.For(item).Select(l => (Of(l), $"法定时限：{l.Name}（{l.Days}个{ZhNames<DayCounting>.Of(l.Counting)}）"))
            .Append((Promised, "承诺时限（审批部门公布或承诺的办理时限，填写天数；未核实）"))
            .ToList();

    public static (LimitBasis Basis, string? StatutoryId) Parse(string? value) =>
        value is not null && value.StartsWith(StatutoryPrefix, StringComparison.Ordinal)
            ? (LimitBasis.Statutory, value[StatutoryPrefix.Length..])
            : (LimitBasis.Promised, null);
}
