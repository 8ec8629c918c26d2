using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Channels;

/// <summary>
/// One item of a channel's application checklist: when it is needed, and what in the record shows that
/// it is present (a 文号 in pre-work, say).
/// </summary>
public sealed record RequiredMaterial(
    string Id,
    string Name,
    PolicySource Source,
    Func<ProjectRecord, bool> IsPresent,
    string Evidence,
    Func<ProjectRecord, bool>? AppliesWhen = null)
{
    public bool AppliesTo(ProjectRecord project) => AppliesWhen?.Invoke(project) ?? true;

    /// <summary>
    /// A material shown by a completed pre-work item; approvals carry a 文号, while items such as
    /// 居民意愿征询 have none, so the 文号 can be waived.
    /// </summary>
    public static RequiredMaterial FromPreWork(string id, PreWorkKind item, PolicySource source, Func<ProjectRecord, bool>? appliesWhen = null, bool requireDocNumber = true)
    {
        var name = ZhNames<PreWorkKind>.Of(item);
        return new RequiredMaterial(
            id,
            name + "文件",
            source,
            requireDocNumber
                ? p => HasDocument(p, item)
                : p => p.FindPreWork(item) is { Status: PreWorkStatus.Completed },
            requireDocNumber ? $"前期工作“{name}”状态为已完成并填写文号" : $"前期工作“{name}”状态为已完成",
            appliesWhen);
    }

    /// <summary>A material that either of two completed pre-work items with a 文号 shows (the land side: 用地预审 or 规划许可).</summary>
    public static RequiredMaterial FromEitherPreWork(string id, string name, PreWorkKind first, PreWorkKind second, PolicySource source) =>
        new(id, name, source, p => HasDocument(p, first) || HasDocument(p, second),
            $"前期工作“{ZhNames<PreWorkKind>.Of(first)}”或“{ZhNames<PreWorkKind>.Of(second)}”状态为已完成并填写文号");

    /// <summary>Whether the record lists the pre-work item as completed with its 文号.</summary>
    public static bool HasDocument(ProjectRecord project, PreWorkKind item) =>
        project.FindPreWork(item) is { Status: PreWorkStatus.Completed, DocNumber: { Length: > 0 } };
}
