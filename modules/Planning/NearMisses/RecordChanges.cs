using System.Globalization;
using System.Text.Json;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Planning;

/// <summary>
/// Applies <see cref="RecordChange"/>s to a copy of a record, from their field paths and values alone, so that
/// anyone holding a plan (a test, the project page) can re-run the engine on the changed record and see the
/// near-miss hold. Paths: a common field (<c>equity</c>, <c>coverageRatio</c>, <c>inNationalLibrary</c>,
/// <c>inRollingPlan</c>, <c>dishonest</c>, <c>centralFundedBefore</c>, <c>negativeList</c>, <c>field</c>),
/// <c>preWork[可研批复].status</c>, <c>fundingSources[中央预算内投资].planned</c>, <c>facts.KEY</c>.
/// </summary>
public static class RecordChanges
{
    /// <summary>A deep copy made through the interchange format, so it holds exactly what a saved record holds.</summary>
    public static ProjectRecord Copy(ProjectRecord record) =>
        JsonSerializer.Deserialize<ProjectRecord>(ProjectJson.Serialize(record), ProjectJson.Options)
        ?? throw new InvalidOperationException("项目记录复制失败");

    /// <summary>A copy of <paramref name="record"/> with every change made; a pre-work item completed is dated <paramref name="asOf"/>.</summary>
    public static ProjectRecord Apply(ProjectRecord record, IEnumerable<RecordChange> changes, DateOnly asOf)
    {
        var copy = Copy(record);
        foreach (var change in changes)
        {
            ApplyInPlace(copy, change, asOf);
        }
        return copy;
    }

    private static void ApplyInPlace(ProjectRecord p, RecordChange change, DateOnly asOf)
    {
        var field = change.Field;
        var to = change.To;
        switch (field)
        {
            case "equity": p.Equity = Number(to); return;
            case "coverageRatio": p.CoverageRatio = Number(to); return;
            case "inNationalLibrary": p.InNationalLibrary = Flag(to); return;
            case "inRollingPlan": p.InRollingPlan = Flag(to); return;
            case "dishonest": p.Dishonest = Flag(to); return;
            case "centralFundedBefore": p.CentralFundedBefore = Flag(to); return;
            case "negativeList": p.NegativeList = to == "[]" ? [] : throw Unknown(change); return;
            case "field": p.Field = Parse<ProjectField>(to, change); return;
        }
        if (Bracketed(field, "preWork[", "].status") is { } kindText)
        {
            var kind = Parse<PreWorkKind>(kindText, change);
            var status = Parse<PreWorkStatus>(to, change);
            var item = p.FindPreWork(kind);
            if (item is null)
            {
                item = new PreWorkItem { Item = kind };
                p.PreWork.Add(item);
            }
            item.Status = status;
            if (status == PreWorkStatus.Completed)
            {
                // Completing an approval means holding its 文号 and date; the 文号 itself is the department's to enter.
                item.Date ??= asOf;
                item.DocNumber ??= PendingDocNumber;
                item.Expires = item.Expires is { } e && e < asOf ? null : item.Expires;
            }
            return;
        }
        if (Bracketed(field, "fundingSources[", "].planned") is { } sourceText)
        {
            var source = Parse<FundingSourceKind>(sourceText, change);
            var amount = Number(to);
            p.FundingSources.RemoveAll(l => l.Source == source);
            if (amount > 0m)
            {
                p.FundingSources.Add(new FundingSourceLine { Source = source, Planned = amount });
            }
            return;
        }
        if (field.StartsWith("facts.", StringComparison.Ordinal))
        {
            p.Facts[field["facts.".Length..]] = FactValue.Of(Flag(to));
            return;
        }
        throw Unknown(change);
    }

    /// <summary>The 文号 a simulated approval carries until the department enters the real one.</summary>
    public const string PendingDocNumber = "（待取得文号）";

    private static string? Bracketed(string field, string prefix, string suffix) =>
        field.StartsWith(prefix, StringComparison.Ordinal) && field.EndsWith(suffix, StringComparison.Ordinal)
            ? field[prefix.Length..^suffix.Length]
            : null;

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static bool Flag(string text) => text switch
    {
        "true" => true,
        "false" => false,
        _ => throw new FormatException($"“{text}”不是 true 或 false"),
    };

    private static T Parse<T>(string text, RecordChange change) where T : struct, Enum =>
        ZhNames<T>.TryParse(text, out var value) ? value : throw Unknown(change);

    private static ArgumentException Unknown(RecordChange change) =>
        new($"无法应用修改：字段“{change.Field}”改为“{change.To}”");
}
