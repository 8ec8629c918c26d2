using Reserve.Sdk.Projects;

namespace Reserve.Planning;

/// <summary>How hard a change to a project is, in the order a department would rather make them.</summary>
public enum ChangeEffort
{
    /// <summary>A fact to state or a material to supply.</summary>
    [ZhName("补充材料")] Material = 1,

    /// <summary>A pre-work approval to obtain.</summary>
    [ZhName("办理审批")] Approval = 2,

    /// <summary>The financing to change: 资本金, revenue arrangement, funding lines.</summary>
    [ZhName("调整资金")] Money = 3,

    /// <summary>What the project builds: its field or content.</summary>
    [ZhName("调整建设内容")] Scope = 4,
}
