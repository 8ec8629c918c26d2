namespace Reserve.Plugins.PolicyFinance;

/// <summary>
/// The application checklist (commonly known). Approval files are shown by
/// completed pre-work with a 文号; the list entry by the record fields that fill its columns; the gap
/// statement and the investor's commitment by channel fact flags.
/// </summary>
internal sealed class PolicyFinanceMaterials(PolicySourceTable sources)
{
    public IReadOnlyList<RequiredMaterial> Build()
    {
        var source = sources["materials"];
        return
        [
            new RequiredMaterial(
                "PFI-M-LIST",
                "项目清单（申报表）",
                source,
                HasListEntry,
                "填写项目代码、项目资本金、资本金缺口（或已到位资本金）、资金来源-政策性开发性金融工具（申请基金额）、计划开工时间及前期工作"),
            // The approval that fits the 项目类型; 可研批复 also when the type is not given.
            RequiredMaterial.FromPreWork("PFI-M-FEASIBILITY", PreWorkKind.FeasibilityApproval, source,
                p => p.ProjectType is null or ProjectType.Approval),
            RequiredMaterial.FromPreWork("PFI-M-AUTHORIZATION", PreWorkKind.Authorization, source,
                p => p.ProjectType == ProjectType.Authorization),
            RequiredMaterial.FromPreWork("PFI-M-FILING", PreWorkKind.Filing, source,
                p => p.ProjectType == ProjectType.Filing),
            // Either the 用地预审与选址意见书 or the 建设用地规划许可 shows the land side.
            RequiredMaterial.FromEitherPreWork("PFI-M-LAND", "用地文件（用地预审与选址意见书或建设用地规划许可）", PreWorkKind.LandPreExamination, PreWorkKind.LandUsePlanningPermit, source),
            RequiredMaterial.FromPreWork("PFI-M-EIA", PreWorkKind.EnvironmentalApproval, source),
            RequiredMaterial.FromPreWork("PFI-M-PERMIT", PreWorkKind.ConstructionPermit, source),
            FromFlag("PFI-M-GAP", "资本金缺口说明", PolicyFinanceFacts.EquityGapStatement),
            FromFlag("PFI-M-COMMIT", "出资人（投资方）承诺", PolicyFinanceFacts.InvestorCommitment),
        ];
    }

    private static bool HasListEntry(ProjectRecord p) =>
        CommonFacts.Code.IsPresentIn(p)
        && p.Equity is not null
        && EquityGap.AmountOf(p) is not null
        && PolicyFinanceFacts.InstrumentLineRef.IsPresentIn(p)
        && p.PlannedStart is not null;

    private RequiredMaterial FromFlag(string id, string name, FactDescriptor fact) =>
        new(id, name, sources["materials"], p => PolicyFinanceFacts.IsFlagSet(p, fact), $"渠道要素“{fact.Label}”为是");
}
