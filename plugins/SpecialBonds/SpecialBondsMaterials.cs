namespace Reserve.Plugins.SpecialBonds;

/// <summary>
/// The “一案两书” and their attachments. Approval files are shown by completed
/// pre-work with a 文号; the reports that no pre-work item records are shown by channel fact flags.
/// </summary>
internal sealed class SpecialBondsMaterials(PolicySourceTable sources)
{
    public IReadOnlyList<RequiredMaterial> Build()
    {
        var source = sources["materials"];
        return
        [
            // 一案: the 实施方案 (a pre-work item in the record).
            RequiredMaterial.FromPreWork("ZXZ-M-PLAN", PreWorkKind.ImplementationPlan, source),
            // 两书.
            FromFlag("ZXZ-M-FINANCE", "财务评估报告（会计师事务所出具）", SpecialBondsFacts.FinancialReport),
            FromFlag("ZXZ-M-LEGAL", "法律意见书（律师事务所出具）", SpecialBondsFacts.LegalOpinion),
            // Attachments.
            RequiredMaterial.FromPreWork("ZXZ-M-FEASIBILITY", PreWorkKind.FeasibilityApproval, source),
            // Either the 用地预审与选址意见书 or the 建设用地规划许可 shows the land side.
            RequiredMaterial.FromEitherPreWork("ZXZ-M-LAND", "用地预审与选址意见书或建设用地规划许可文件", PreWorkKind.LandPreExamination, PreWorkKind.LandUsePlanningPermit, source),
            RequiredMaterial.FromPreWork("ZXZ-M-EIA", PreWorkKind.EnvironmentalApproval, source),
            RequiredMaterial.FromPreWork("ZXZ-M-FISCAL", PreWorkKind.FiscalReview, source),
            FromFlag("ZXZ-M-REVENUE", "收入测算说明（含数据来源）", SpecialBondsFacts.RevenueEstimateNote),
        ];
    }

    private RequiredMaterial FromFlag(string id, string name, FactDescriptor fact) =>
        new(id, name, sources["materials"], p => SpecialBondsFacts.IsFlagSet(p, fact), $"渠道要素“{fact.Label}”为是");
}
