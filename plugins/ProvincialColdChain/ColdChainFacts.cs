using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Plugins.ProvincialColdChain;

/// <summary>
/// The channel facts. coldStorageTonnes and coldStorageCubicMetres keep the key, label and type of the
/// central-budget plugin, and applicantKind the key and label of the project record, so one record serves
/// every cold-chain channel. A value of the wrong type reads as null and is reported as missing.
/// </summary>
internal static class ColdChainFacts
{
    public const string DemoFamilyFarm = "县级以上示范家庭农场";
    public const string DemoCooperative = "农民合作社示范社";

    /// <summary>Farm-type applicants: the 农业农村部 programme takes only the 示范 ones among them.</summary>
    public static readonly string[] FarmKinds = [DemoFamilyFarm, DemoCooperative, "家庭农场", "农民合作社"];

    public static readonly string[] ApplicantKindOptions = [.. FarmKinds, "企业", "其他"];

    public static readonly FactDescriptor ColdStorageTonnesFact = new(
        "coldStorageTonnes", "冷库库容（吨）", FactType.Number, "吨",
        "项目所建冷库的库容；建多座冷库的，填其中最小一座的库容（每座冷库均须达到最低规模）");

    public static readonly FactDescriptor ColdStorageCubicMetresFact = new(
        "coldStorageCubicMetres", "冷库容积（立方米）", FactType.Number, "立方米",
        "项目所建冷库的公称容积；建多座冷库的，填其中最小一座的容积");

    public static readonly FactDescriptor ApplicantKindFact = new(
        "applicantKind", "申报主体类型", FactType.Choice, null,
        "项目单位的主体类型。县级以上示范家庭农场：区县级、市级或省级示范家庭农场；农民合作社示范社：县级、市级、省级或国家级农民专业合作社示范社；" +
        "家庭农场、农民合作社：未评为上述示范的；企业、其他：冷链物流企业、国有平台公司、村集体经济组织等",
        ApplicantKindOptions);

    public static readonly FactDescriptor PoorAreaFact = new(
        "inPoorArea", "建设地点属贫困地区", FactType.Boolean, null,
        "建设地点是否属于贫困地区（国家扶贫开发工作重点县、集中连片特困地区县等）；2020年农业农村部仓储保鲜冷链设施补助对贫困地区的比例上限由30%放宽至50%");

    public static readonly IReadOnlyList<FactDescriptor> All = [ColdStorageTonnesFact, ColdStorageCubicMetresFact, ApplicantKindFact, PoorAreaFact];

    public static readonly FactRef ColdStorageTonnes = FactRef.Channel(ColdStorageTonnesFact);
    public static readonly FactRef ColdStorageCubicMetres = FactRef.Channel(ColdStorageCubicMetresFact);
    public static readonly FactRef ApplicantKind = FactRef.Channel(ApplicantKindFact);
    public static readonly FactRef PoorArea = FactRef.Channel(PoorAreaFact);

    /// <summary>The 农业农村部 subsidy is 中央财政 money outside the 中央预算内投资 line, so its request is this line.</summary>
    public static readonly FactRef FarmSubsidyRequest = FactRef.FundingSource(FundingSourceKind.OtherCentralFiscal);

    public static decimal? Number(ProjectRecord p, FactDescriptor descriptor) =>
        p.TryGetFact(descriptor.Key, out var v) && v.Type is FactType.Number or FactType.Integer && v.Number >= 0 ? v.Number : null;

    /// <summary>JSON files carry a choice as plain text, forms as a choice; anything not among the options is unusable.</summary>
    public static string? ApplicantKindOf(ProjectRecord p) =>
        p.TryGetFact(ApplicantKindFact.Key, out var v) && v.Type is FactType.Choice or FactType.Text
            && Array.IndexOf(ApplicantKindOptions, v.Text?.Trim()) >= 0
            ? v.Text!.Trim()
            : null;

    /// <summary>A yes/no fact; an XLSX import may leave 是/否 as text, so both forms are read.</summary>
    public static bool? PoorAreaOf(ProjectRecord p)
    {
        if (!p.TryGetFact(PoorAreaFact.Key, out var v))
        {
            return null;
        }
        return v.Type switch
        {
            FactType.Boolean => v.Flag,
            FactType.Text or FactType.Choice => v.Text?.Trim() switch { "是" => true, "否" => false, _ => null },
            _ => null,
        };
    }
}
