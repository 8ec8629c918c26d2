using System.Runtime.CompilerServices;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Classification;

/// <summary>
/// The 2020 "两新一重" classification: a tag, not a pot of money. A project is
/// tagged 新型基础设施-信息/融合/创新, 新型城镇化, or 重大工程-交通/水利/能源 from its field and the words of its
/// name and scale, with the words that decided it, so channels and reports can use the tag and people
/// can check it.
/// </summary>
public static class TwoNewOneMajor
{
    public const string NewInfrastructure = "新型基础设施";
    public const string NewUrbanization = "新型城镇化";
    public const string MajorProject = "重大工程";

    private static readonly PolicySource NdrcNewInfrastructure = PolicySource.Sourced(
        "国家发展改革委 2020年4月20日新闻发布会：新型基础设施包括信息基础设施、融合基础设施、创新基础设施",
        "http://money.3news.cn/lcgs/2020/0420/407117.html");

    private static readonly PolicySource WorkReport2020 = PolicySource.Sourced(
        "2020年《政府工作报告》：加强新型基础设施建设，加强新型城镇化建设，加强交通、水利等重大工程建设",
        "http://big5.china.com.cn/lianghui/news/2020-05/22/content_76076484.shtml");

    private sealed record Category(string Tag, PolicySource Source, ProjectField[] Fields, string[] Words);

    // Words come from the definitions cited; the fields are the record's own classification.
    private static readonly Category[] Categories =
    [
        new($"{NewInfrastructure}-信息", NdrcNewInfrastructure, [],
            ["5G", "物联网", "工业互联网", "卫星互联网", "人工智能", "云计算", "区块链", "数据中心", "智算中心", "算力", "基站", "千兆光网"]),
        new($"{NewInfrastructure}-融合", NdrcNewInfrastructure, [],
            ["智能交通", "智慧交通", "智慧能源", "智慧城市", "智慧水利", "充电桩", "充电站", "换电站", "车联网", "智能电网"]),
        new($"{NewInfrastructure}-创新", NdrcNewInfrastructure, [ProjectField.Innovation],
            ["重大科技基础设施", "科教基础设施", "产业技术创新", "重点实验室", "工程研究中心", "技术创新中心", "中试基地"]),
        new(NewUrbanization, WorkReport2020, [ProjectField.OldResidentialCommunities],
            ["老旧小区", "加装电梯", "社区服务", "县城", "城镇化", "市政管网", "排水", "污水", "供热", "停车场", "农贸市场"]),
        new($"{MajorProject}-交通", WorkReport2020, [ProjectField.Transport],
            ["铁路", "公路", "高速", "机场", "港口", "桥梁", "城市轨道交通", "物流枢纽"]),
        new($"{MajorProject}-水利", WorkReport2020, [ProjectField.WaterConservancy],
            ["水库", "灌区", "引水", "调水", "防洪", "河道治理", "水网", "水利"]),
        new($"{MajorProject}-能源", WorkReport2020, [ProjectField.Energy],
            ["电网", "输变电", "天然气管网", "储气", "油气管道"]),
    ];

    /// <summary>
    /// The tags of a project. Several channels ask during one match, so the answer is kept with the record
    /// for as long as its name, scale and field are the ones it was computed from.
    /// </summary>
    public static IReadOnlyList<ClassificationTag> Classify(ProjectRecord project)
    {
        if (Cache.TryGetValue(project, out var cached) && cached.IsFor(project))
        {
            return cached.Tags;
        }
        var tags = Compute(project);
        Cache.AddOrUpdate(project, new CacheEntry(project.Name, project.Scale, project.Field, tags));
        return tags;
    }

    private static readonly ConditionalWeakTable<ProjectRecord, CacheEntry> Cache = new();

    private sealed record CacheEntry(string Name, string Scale, ProjectField? Field, IReadOnlyList<ClassificationTag> Tags)
    {
        public bool IsFor(ProjectRecord p) => ReferenceEquals(Name, p.Name) && ReferenceEquals(Scale, p.Scale) && Field == p.Field;
    }

    private static IReadOnlyList<ClassificationTag> Compute(ProjectRecord project)
    {
        List<ClassificationTag>? tags = null;
        foreach (var category in Categories)
        {
            List<string>? words = null;
            foreach (var word in category.Words)
            {
                if (Mentions(project.Name, word) || Mentions(project.Scale, word))
                {
                    (words ??= []).Add(word);
                }
            }
            var byField = project.Field is { } field && Array.IndexOf(category.Fields, field) >= 0 ? project.Field : null;
            if (words is not null || byField is not null)
            {
                (tags ??= []).Add(new ClassificationTag(category.Tag, byField, (IReadOnlyList<string>?)words ?? [], category.Source));
            }
        }
        return (IReadOnlyList<ClassificationTag>?)tags ?? [];
    }

    /// <summary>Chinese has no case; only words with Latin letters (5G) are compared ignoring case.</summary>
    private static bool Mentions(string? text, string word) =>
        text is not null && text.Contains(word, word.Any(char.IsAsciiLetter) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>True when the project carries a tag of the given family (e.g. 新型基础设施) or the exact tag.</summary>
    public static bool Has(ProjectRecord project, string tagOrFamily)
    {
        // Compared in place rather than against tagOrFamily + "-": channels ask this for every project.
        foreach (var tag in Classify(project))
        {
            var t = tag.Tag;
            if (t == tagOrFamily
                || (t.Length > tagOrFamily.Length && t[tagOrFamily.Length] == '-' && t.StartsWith(tagOrFamily, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }
}
