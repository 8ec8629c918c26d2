using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Tests;

/// <summary>A complete, eligible-looking government project to vary one field at a time.</summary>
internal static class Projects
{
    public static ProjectRecord Government() => new()
    {
        Id = "2027-0001",
        Code = "2025-620200-48-01-000123",
        Name = "雄关区老旧小区改造项目",
        Department = "住建局",
        Unit = "嘉峪关市城市建设投资开发有限公司",
        Scale = "改造小区12个",
        ProjectType = ProjectType.Approval,
        Attribute = ProjectAttribute.Government,
        Field = ProjectField.OldResidentialCommunities,
        Stage = ProjectStage.Preparation,
        TotalInvestment = 1000m,
        Equity = 300m,
        FeasibilityEstimate = 1000m,
        Dishonest = false,
        CentralFundedBefore = false,
        NegativeList = [],
        PreWork =
        [
            new PreWorkItem { Item = PreWorkKind.FeasibilityApproval, Status = PreWorkStatus.Completed, DocNumber = "嘉发改审批〔2025〕37号", Date = new DateOnly(2025, 5, 1) },
            new PreWorkItem { Item = PreWorkKind.EnvironmentalApproval, Status = PreWorkStatus.Committed, Expires = new DateOnly(2026, 3, 1) },
        ],
        FundingSources = [new FundingSourceLine { Source = FundingSourceKind.MunicipalFiscal, Planned = 400m }],
    };
}
