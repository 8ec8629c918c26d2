using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Classification;

/// <summary>
/// A computed tag such as 新型基础设施-信息, with what earned it (the field, the words) and its source. The
/// reason text is composed only when read: rules test tags far more often than people read them.
/// </summary>
public sealed record ClassificationTag(string Tag, ProjectField? ByField, IReadOnlyList<string> Words, PolicySource Source)
{
    public string Reason
    {
        get
        {
            var reasons = new List<string>(2);
            if (ByField is { } byField)
            {
                reasons.Add($"所属领域为“{ZhNames<ProjectField>.Of(byField)}”");
            }
            if (Words.Count > 0)
            {
                reasons.Add($"名称或建设内容含“{string.Join("、", Words)}”");
            }
            return string.Join("，", reasons);
        }
    }

    /// <summary>How a computed tag is written in a record's tag list, so it is told apart from tags people typed.</summary>
    public string AsRecordTag => Tag + "（系统）";
}
