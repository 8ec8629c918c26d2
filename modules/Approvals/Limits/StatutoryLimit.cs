using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Approvals.Limits;

/// <summary>
/// A time limit fixed by law for one pre-work item: the days, how they are counted, the longest extension the
/// same text allows (null: it allows none), and the article it comes from.
/// </summary>
public sealed record StatutoryLimit(string Id, PreWorkKind Item, string Name, int Days, DayCounting Counting, int? MaxExtensionDays, PolicySource Source);

/// <summary>
/// The statutory time limits the system knows, each read from the statute text (the LawRefBook/Laws mirror that
/// the law itself sets). Every other item — 项目建议书、可研、初设 批复 among them — has no
/// statutory limit in these texts: 政府投资条例 第十条 only requires departments to publish their 办理时限, so
/// those items take the department's 承诺时限, entered by the user and marked unverified.
/// </summary>
public static class StatutoryLimits
{
    private const string Mirror = "LawRefBook/Laws";

    public static StatutoryLimit Authorization { get; } = new(
        "authorization", PreWorkKind.Authorization, "企业投资项目核准", 20, DayCounting.WorkingDays, 40,
        PolicySource.Sourced("《企业投资项目核准和备案管理条例》（国务院令第673号）第十条：核准机关应当自受理申请之日起20个工作日内，作出是否予以核准的决定；经本机关主要负责人批准可以延长，延长的期限不得超过40个工作日；委托中介服务机构评估的时间不计入核准期限",
            note: $"[S-law] {Mirror} 行政法规/企业投资项目核准和备案管理条例.md"));

    public static StatutoryLimit EnvironmentalReport { get; } = new(
        "eia-report", PreWorkKind.EnvironmentalApproval, "环境影响报告书审批", 60, DayCounting.CalendarDays, null,
        PolicySource.Sourced("《环境影响评价法》（2018年修正）第二十二条：审批部门应当自收到环境影响报告书之日起六十日内作出审批决定",
            note: $"[S-law] {Mirror} 行政法/环境影响评价法(2018-12-29).md；条文写“日”而非“工作日”，按自然日计；当地若按工作日执行，请改用承诺时限"));

    public static StatutoryLimit EnvironmentalTable { get; } = new(
        "eia-table", PreWorkKind.EnvironmentalApproval, "环境影响报告表审批", 30, DayCounting.CalendarDays, null,
        PolicySource.Sourced("《环境影响评价法》（2018年修正）第二十二条：审批部门应当自收到环境影响报告表之日起三十日内作出审批决定",
            note: $"[S-law] {Mirror} 行政法/环境影响评价法(2018-12-29).md；条文写“日”而非“工作日”，按自然日计；环境影响登记表实行备案管理，无审批时限"));

    public static StatutoryLimit ConstructionPermit { get; } = new(
        "construction-permit", PreWorkKind.ConstructionPermit, "建筑工程施工许可", 7, DayCounting.CalendarDays, null,
        PolicySource.Sourced("《建筑法》（2019年修正）第八条：建设行政主管部门应当自收到申请之日起七日内，对符合条件的申请颁发施工许可证",
            note: $"[S-law] {Mirror} 经济法/建筑法(2019-04-23).md；条文写“日”，按自然日计"));

    public static IReadOnlyList<StatutoryLimit> All { get; } = [Authorization, EnvironmentalReport, EnvironmentalTable, ConstructionPermit];

    public static StatutoryLimit? Find(string? id) => All.FirstOrDefault(l => l.Id == id);

    /// <summary>The statutory limits that apply to an item (none for most items).</summary>
    public static IReadOnlyList<StatutoryLimit> For(PreWorkKind item) => All.Where(l => l.Item == item).ToList();
}
