using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Classification;

/// <summary>A computed tag such as 新型基础设施-信息, with the words that earned it and its source.</summary>
public sealed record ClassificationTag(string Tag, string Reason, PolicySource Source)
{
    /// <summary>How a computed tag is written in a record's tag list, so it is told apart from tags people typed.</summary>
    public string AsRecordTag => Tag + "（系统）";
}
