using Reserve.Matching;
using Reserve.Sdk.Projects;

namespace Reserve.Documents.Package;

/// <summary>A group's projects, investment and recommended funding (万元).</summary>
internal sealed record PackageGroup(string Name, int Projects, decimal Investment, decimal Recommended);

/// <summary>One project's recommended channel and amount (null: the channel gives no estimate).</summary>
internal sealed record Recommendation(string ProjectId, string ChannelName, decimal? Amount);

/// <summary>
/// The figures of the 请示, over the accepted projects only: totals, by department, by 两新一重 (a project
/// in two categories counts in both), and by recommended channel. A project's recommendations are its own
/// 拟申请渠道 when it has any, otherwise the channels it fits with their estimates (the 汇总表's rule).
/// </summary>
internal sealed record PackageFigures(
    int Projects,
    decimal Investment,
    decimal Recommended,
    int WithoutRecommendation,
    IReadOnlyList<PackageGroup> ByDepartment,
    IReadOnlyList<PackageGroup> ByTwoNewOneMajor,
    IReadOnlyList<PackageGroup> ByChannel,
    IReadOnlyList<Recommendation> Recommendations)
{
    private const string ComputedMark = "（系统）";
    private const string Unclassified = "未归入两新一重";

    public static PackageFigures Of(IReadOnlyList<ProjectRecord> projects, IReadOnlyList<MatchResult> results)
    {
        var byProject = results.ToLookup(r => r.ProjectId, StringComparer.Ordinal);
        var channelNames = results.GroupBy(r => r.ChannelId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ChannelName, StringComparer.Ordinal);
        var recommendations = projects.SelectMany(p => Recommend(p, byProject[p.Id ?? ""].ToList(), channelNames)).ToList();
        var perProject = recommendations.ToLookup(r => r.ProjectId, StringComparer.Ordinal);
        var byId = projects.Where(p => p.Id is not null).ToDictionary(p => p.Id!, StringComparer.Ordinal);

        PackageGroup Group(string name, IReadOnlyCollection<ProjectRecord> members) => new(name, members.Count, members.Sum(p => p.TotalInvestment),
            members.Sum(p => perProject[p.Id ?? ""].Sum(r => r.Amount ?? 0m)));

        var departments = projects.GroupBy(p => p.Department, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g.ToList())).OrderByDescending(g => g.Investment).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        var tags = projects.SelectMany(p => TwoNewOneMajor(p).Select(t => (Tag: t, Project: p)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g.Select(x => x.Project).ToList()))
            .OrderBy(g => g.Name == Unclassified).ThenByDescending(g => g.Investment).ToList();
        var channels = recommendations.GroupBy(r => r.ChannelName, StringComparer.Ordinal)
            .Select(g => new PackageGroup(g.Key, g.Count(), g.Sum(r => byId.TryGetValue(r.ProjectId, out var p) ? p.TotalInvestment : 0m), g.Sum(r => r.Amount ?? 0m)))
            .OrderByDescending(g => g.Recommended).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        return new PackageFigures(projects.Count, projects.Sum(p => p.TotalInvestment), recommendations.Sum(r => r.Amount ?? 0m),
            projects.Count(p => !perProject[p.Id ?? ""].Any()), departments, tags, channels, recommendations);
    }

    private static IEnumerable<Recommendation> Recommend(ProjectRecord p, IReadOnlyList<MatchResult> results, IReadOnlyDictionary<string, string> channelNames)
    {
        var id = p.Id ?? "";
        // A 拟申请渠道 naming a channel no longer in the catalog is left out: the package names channels, never ids.
        var requested = p.Requests.Where(q => channelNames.ContainsKey(q.Channel)).ToList();
        if (requested.Count > 0)
        {
            return requested.Select(q => new Recommendation(id, channelNames[q.Channel], q.Amount));
        }
        return results.Where(m => m.Verdict == MatchVerdict.Eligible)
            .OrderByDescending(m => m.Score)
            .Select(m => new Recommendation(id, m.ChannelName, m.EstimatedAmount));
    }

    /// <summary>The system-computed 两新一重 tags, without their mark; 未归入两新一重 when there is none.</summary>
    private static IEnumerable<string> TwoNewOneMajor(ProjectRecord p)
    {
        var tags = p.Tags.Where(t => t.EndsWith(ComputedMark, StringComparison.Ordinal)).Select(t => t[..^ComputedMark.Length]).Distinct(StringComparer.Ordinal).ToList();
        return tags.Count == 0 ? [Unclassified] : tags;
    }
}
