namespace Reserve.Plugins.ProvincialColdChain;

/// <summary>
/// The channel facts: the cold-store size every cold-chain channel reads (<see cref="ColdStorageFacts"/>), and
/// applicantKind with the key and label of the project record. A value of the wrong type reads as null and is
/// reported as missing.
/// </summary>
internal static class ColdChainFacts
{
    public const string DemoFamilyFarm = "县级以上示范家庭农场";
    public const string DemoCooperative = "农民合作社示范社";

    /// <summary>Farm-type applicants: the 农业农村部 programme takes only the 示范 ones among them.</summary>
    public static readonly string[] FarmKinds = [DemoFamilyFarm, DemoCooperative, "家庭农场", "农民合作社"];

    public static readonly string[] ApplicantKindOptions = [.. FarmKinds, "企业", "其他"];

    public static readonly FactDescriptor ApplicantKindFact = new(
        "applicantKind", "申报主体类型", FactType.Choice, null,
        "项目单位的主体类型。县级以上示范家庭农场：区县级、市级或省级示范家庭农场；农民合作社示范社：县级、市级、省级或国家级农民专业合作社示范社；" +
        "家庭农场、农民合作社：未评为上述示范的；企业、其他：冷链物流企业、国有平台公司、村集体经济组织等",
        ApplicantKindOptions);

    public static readonly FactDescriptor PoorAreaFact = new(
        "inPoorArea", "建设地点属贫困地区", FactType.Boolean, null,
        "建设地点是否属于贫困地区（国家扶贫开发工作重点县、集中连片特困地区县等）；2020年农业农村部仓储保鲜冷链设施补助对贫困地区的比例上限由30%放宽至50%");

    public static readonly IReadOnlyList<FactDescriptor> All = [ColdStorageFacts.TonnesFact, ColdStorageFacts.CubicMetresFact, ApplicantKindFact, PoorAreaFact];

    public static readonly FactRef ApplicantKind = FactRef.Channel(ApplicantKindFact);
    public static readonly FactRef PoorArea = FactRef.Channel(PoorAreaFact);

    /// <summary>The 农业农村部 subsidy is 中央财政 money outside the 中央预算内投资 line, so its request is this line.</summary>
    public static readonly FactRef FarmSubsidyRequest = FactRef.FundingSource(FundingSourceKind.OtherCentralFiscal);

    /// <summary>JSON files carry a choice as plain text, forms as a choice; anything not among the options is unusable.</summary>
    public static string? ApplicantKindOf(ProjectRecord p) => FactReaders.Choice(p, ApplicantKindFact);

    /// <summary>A yes/no fact; an XLSX import may leave 是/否 as text, so both forms are read.</summary>
    public static bool? PoorAreaOf(ProjectRecord p) => FactReaders.Flag(p, PoorAreaFact);
}
