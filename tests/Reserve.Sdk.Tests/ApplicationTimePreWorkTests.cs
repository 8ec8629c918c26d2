using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;
using Xunit;

namespace Reserve.Sdk.Tests;

/// <summary>
/// 施工许可, 财政评审 and 节能审查 are wanted when the application is made: at 谋划/前期 a pre-work rule waiting only on them
/// is a readiness item with its date; any other item missing, or a project from 新开工 on, still decides eligibility.
/// </summary>
public sealed class ApplicationTimePreWorkTests
{
    private static readonly DateOnly AsOf = new(2026, 9, 15);

    private static readonly PreWorkKind[] Items =
    [
        PreWorkKind.FeasibilityApproval, PreWorkKind.EnvironmentalApproval, PreWorkKind.FiscalReview, PreWorkKind.EnergyReview, PreWorkKind.ConstructionPermit,
    ];

    private static readonly EligibilityRule Rule = StandardRules.PreWorkComplete("T-PREWORK", "前期手续完备", PolicySource.Sourced("测试"), Items, acceptCommitment: false);

    private static ProjectRecord Project(ProjectStage stage, params (PreWorkKind Item, PreWorkStatus Status)[] pending)
    {
        var p = Projects.Government();
        p.Stage = stage;
        p.PlannedStart = new DateOnly(2027, 3, 1);
        p.PreWork = [.. Items.Select(i => new PreWorkItem { Item = i, Status = PreWorkStatus.Completed })];
        foreach (var (item, status) in pending)
        {
            p.PreWork.Single(w => w.Item == item).Status = status;
        }
        return p;
    }

    private static (RuleVerdict Verdict, string Message, DateOnly? NeededBy) Run(ProjectRecord p, DateOnly? applyBy = null)
    {
        var context = new RuleContext(AsOf);
        var snapshot = ProjectSnapshot.Of(p);
        var verdict = Rule.Evaluate(snapshot, context);
        return (verdict, Rule.Explain(verdict, snapshot, context), Rule.NeededBy(snapshot, context, applyBy));
    }

    [Theory]
    [InlineData(ProjectStage.Planning)]
    [InlineData(ProjectStage.Preparation)]
    public void At_the_reserve_stages_a_fiscal_review_in_progress_is_to_prepare_by_the_application(ProjectStage stage)
    {
        var (verdict, message, neededBy) = Run(Project(stage, (PreWorkKind.FiscalReview, PreWorkStatus.InProgress)), applyBy: new DateOnly(2026, 11, 1));
        Assert.Equal(RuleVerdict.ToPrepare, verdict);
        Assert.Contains("财政评审（办理中）尚未办结：申报前须办结", message);
        Assert.Equal(new DateOnly(2026, 11, 1), neededBy);
    }

    [Fact]
    public void A_construction_permit_or_energy_review_is_needed_by_the_planned_start_when_that_comes_first()
    {
        var permit = Run(Project(ProjectStage.Preparation, (PreWorkKind.ConstructionPermit, PreWorkStatus.NotStarted)), applyBy: new DateOnly(2027, 6, 30));
        Assert.Equal((RuleVerdict.ToPrepare, new DateOnly(2027, 3, 1)), (permit.Verdict, permit.NeededBy));
        var energy = Run(Project(ProjectStage.Planning, (PreWorkKind.EnergyReview, PreWorkStatus.InProgress)), applyBy: new DateOnly(2026, 11, 1));
        Assert.Equal((RuleVerdict.ToPrepare, new DateOnly(2026, 11, 1)), (energy.Verdict, energy.NeededBy));
    }

    [Fact]
    public void An_item_left_off_the_list_at_the_reserve_stage_is_to_prepare_not_missing_information()
    {
        var p = Project(ProjectStage.Preparation);
        p.PreWork.RemoveAll(w => w.Item == PreWorkKind.ConstructionPermit);
        var (verdict, message, _) = Run(p);
        Assert.Equal(RuleVerdict.ToPrepare, verdict);
        Assert.Contains("施工许可（未列入前期工作）", message);
    }

    [Theory]
    [InlineData(ProjectStage.NewStart)]
    [InlineData(ProjectStage.Continuing)]
    public void From_new_start_on_the_same_items_decide_eligibility(ProjectStage stage)
    {
        Assert.Equal(RuleVerdict.Fail, Run(Project(stage, (PreWorkKind.FiscalReview, PreWorkStatus.InProgress))).Verdict);
        var p = Project(stage);
        p.PreWork.RemoveAll(w => w.Item == PreWorkKind.EnergyReview);
        Assert.Equal(RuleVerdict.Unknown, Run(p).Verdict);
    }

    [Fact]
    public void Another_item_pending_at_the_reserve_stage_still_fails_and_an_unknown_stage_is_no_reserve_stage()
    {
        Assert.Equal(RuleVerdict.Fail, Run(Project(ProjectStage.Preparation, (PreWorkKind.FiscalReview, PreWorkStatus.InProgress), (PreWorkKind.EnvironmentalApproval, PreWorkStatus.InProgress))).Verdict);
        var p = Project(ProjectStage.Preparation, (PreWorkKind.FiscalReview, PreWorkStatus.InProgress));
        p.Stage = null;
        Assert.Equal(RuleVerdict.Fail, Run(p).Verdict);
    }

    [Fact]
    public void A_rule_without_application_time_items_has_no_readiness()
    {
        var rule = StandardRules.PreWorkComplete("T", "前期手续", PolicySource.Sourced("测试"), [PreWorkKind.EnvironmentalApproval], acceptCommitment: false);
        Assert.False(rule.HasReadiness);
        Assert.True(Rule.HasReadiness);
        Assert.Equal([PreWorkKind.ConstructionPermit, PreWorkKind.FiscalReview, PreWorkKind.EnergyReview], ApplicationTimePreWork.Items);
    }
}
