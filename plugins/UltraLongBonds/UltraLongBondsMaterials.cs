namespace Reserve.Plugins.UltraLongBonds;

/// <summary>
/// The application checklist (commonly known: like 中央预算内投资, a 资金申请报告 at
/// 可研 depth and the approval files). A 用地/环评/用能 item under a 容缺承诺 is shown by the 书面承诺函
/// instead of its approval until the approval is issued.
/// </summary>
internal static class UltraLongBondsMaterials
{
    public static IReadOnlyList<RequiredMaterial> Build(PolicySourceTable sources)
    {
        var source = sources["materials"];
        var report = FundingApplicationFacts.ReportPrepared;
        return
        [
            new RequiredMaterial(
                "CQGZ-M-REPORT", "资金申请报告（达到可研深度）", source,
                p => UltraLongBondsFacts.Flag(p, report) == true,
                $"渠道要素“{report.Label}”为是"),
            .. ApprovalMaterials.ByProjectType("CQGZ-M-FSR", "CQGZ-M-AUTH", "CQGZ-M-FILING", source),
            RequiredMaterial.FromPreWork("CQGZ-M-LAND", PreWorkKind.LandPreExamination, source, p => !IsCommitted(p, PreWorkKind.LandPreExamination)),
            RequiredMaterial.FromPreWork("CQGZ-M-EIA", PreWorkKind.EnvironmentalApproval, source, p => !IsCommitted(p, PreWorkKind.EnvironmentalApproval)),
            RequiredMaterial.FromPreWork("CQGZ-M-ENERGY", PreWorkKind.EnergyReview, source, p => !IsCommitted(p, PreWorkKind.EnergyReview)),
            // The letter must name a deadline; the record carries it as the commitment's due date.
            new RequiredMaterial(
                "CQGZ-M-PLEDGE", "书面承诺函（政府或部门出具，明确办理时限和责任人）", sources["commitmentLetter"],
                p => UltraLongBondsRules.PreWorkItems.All(i => !IsCommitted(p, i) || p.FindPreWork(i)!.Expires is not null),
                "作容缺承诺的前期工作均已填写承诺办结日期（到期日）",
                p => UltraLongBondsRules.PreWorkItems.Any(i => IsCommitted(p, i))),
        ];
    }

    private static bool IsCommitted(ProjectRecord p, PreWorkKind item) =>
        p.FindPreWork(item) is { Status: PreWorkStatus.Committed };
}
