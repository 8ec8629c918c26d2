using Reserve.Projects.Validation;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using static Reserve.Projects.Tests.InterchangeFixtures;

namespace Reserve.Projects.Tests;

/// <summary>The validator on records made in code (the form and the API use it so); columns are named 中文名(key).</summary>
public sealed class ValidationRuleTests
{
    [Fact]
    public void A_complete_record_has_no_problems()
    {
        Assert.Empty(ProjectValidator.Validate(FullRecord(), 1, SampleFacts));
    }

    [Fact]
    public void The_row_given_is_carried_into_every_problem()
    {
        var problems = ProjectValidator.Validate(new ProjectRecord(), 7, SampleFacts);

        Assert.Equal(
            ["项目名称(name)", "主管部门(department)", "项目单位(unit)", "建设规模及内容(scale)", "总投资(totalInvestment)"],
            problems.Select(p => p.Column));
        Assert.All(problems, p => Assert.Equal(7, p.Row));
        Assert.Equal("必填，应为大于0的金额（万元）", problems[^1].Message);
    }

    [Fact]
    public void Invisible_control_characters_are_refused_wherever_text_is_kept()
    {
        var record = FullRecord();
        record.Name = "城东片区\u0000老旧小区改造";
        record.Scale = "改造小区12个\r\n涉及居民1860户\t（分两期）";
        record.Tags.Add("城市\u0007更新");
        record.Tags.Add("旧改\u0001");
        record.PreWork[0].DocNumber = "榕发改\u001B审批";
        record.Requests[0].Channel = "old-\u0085communities";
        record.Requests[1].Channel = "special-\u0002bonds";
        record.Facts["applicantKind"] = FactValue.Of("国有\u0000企业");

        var problems = ProjectValidator.Validate(record, 3, SampleFacts);

        Assert.Equal(
            [
                ("项目名称(name)", "U+0000"), ("标签(tags)", "U+0007"), ("前期工作(preWork)", "U+001B"),
                ("拟申请渠道(requests)", "U+0085"), ("申报主体类型(facts.applicantKind)", "U+0000"),
            ],
            problems.Select(p => (p.Column, p.Message[(p.Message.IndexOf("U+", StringComparison.Ordinal))..][..6])));
        Assert.All(problems, p => Assert.Contains("含有看不见的控制字符", p.Message));
    }

    [Fact]
    public void Repeated_funding_sources_and_pre_work_items_are_flagged()
    {
        var record = FullRecord();
        record.FundingSources.Add(new FundingSourceLine { Source = FundingSourceKind.CentralBudget, Planned = 1 });
        record.PreWork.Add(new PreWorkItem { Item = PreWorkKind.FeasibilityApproval, Status = PreWorkStatus.Completed });

        var problems = ProjectValidator.Validate(record, 1, SampleFacts);

        Assert.Equal(
            [
                new ImportProblem(1, "资金来源(fundingSources)", "资金来源“中央预算内投资”重复出现"),
                new ImportProblem(1, "前期工作(preWork)", "前期工作“可研批复”重复出现"),
            ],
            problems);
    }

    [Fact]
    public void Facts_must_fit_their_descriptor_and_be_declared()
    {
        var record = FullRecord();
        record.Facts["households"] = FactValue.Of("很多");
        record.Facts["renovationClass"] = FactValue.Choice("豪华类");
        record.Facts["builtYear"] = FactValue.Of(1998m);
        record.Facts["unknownKey"] = FactValue.Of(true);

        var problems = ProjectValidator.Validate(record, 1, SampleFacts);

        Assert.Equal(
            [
                new ImportProblem(1, "户数(facts.households)", "“很多”应为整数"),
                new ImportProblem(1, "改造类型(facts.renovationClass)", "“豪华类”不是允许的取值，应为：基础类、完善类、提升类"),
                new ImportProblem(1, "渠道要素(facts.unknownKey)", "“unknownKey”不是任何渠道登记的要素，无法识别"),
            ],
            problems);
    }

    [Fact]
    public void Money_rules_name_the_amounts()
    {
        var record = FullRecord();
        record.TotalInvestment = 1000m;
        record.Equity = 1200m;
        record.AnnualPlan = -3m;
        record.Requests.Add(new ChannelRequest { Channel = "", Amount = -1m });

        var problems = ProjectValidator.Validate(record, 4, SampleFacts).Select(p => (p.Column, p.Message)).ToList();

        Assert.Contains(("项目资本金(equity)", "项目资本金 1,200万元 超过总投资 1,000万元"), problems);
        Assert.Contains(("累计完成投资(completedInvestment)", "累计完成投资 1,500.5万元 超过总投资 1,000万元"), problems);
        Assert.Contains(("年度计划投资(annualPlan)", "“-3”不能为负数"), problems);
        Assert.Contains(("资金来源(fundingSources)", "资金来源计划合计 4,200万元 超过总投资 1,000万元"), problems);
        Assert.Contains(("拟申请渠道(requests)", "第3项未写渠道"), problems);
        Assert.Contains(("拟申请渠道(requests)", "渠道“”的金额“-1”不能为负数"), problems);
        Assert.Equal(6, problems.Count);
    }

    [Fact]
    public void The_design_budget_above_the_estimate_is_not_an_import_error()
    {
        var record = FullRecord();
        record.FeasibilityEstimate = 1000m;
        record.DesignBudget = 2000m;

        Assert.Empty(ProjectValidator.Validate(record, 1, SampleFacts));
    }
}
