using System.Reflection;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;
using Xunit;

namespace Reserve.Sdk.Tests;

/// <summary>
/// Rules read a snapshot, not the record; a member copied wrong, a presence bit set for the wrong fact or a
/// pre-work status taken from the wrong item would change verdicts silently, so each is compared with the record.
/// </summary>
public sealed class ProjectSnapshotTests
{
    public static TheoryData<string> Records() => ["complete", "sparse", "revenue-only coverage", "duplicate pre-work"];

    private static ProjectRecord Record(string kind)
    {
        switch (kind)
        {
            case "complete":
                var p = Projects.Government();
                p.UnitCreditCode = "91620200MA71234567";
                p.IndustryCode = "5412";
                p.Nature = ConstructionNature.Reconstruction;
                p.Region = "620200";
                p.LandArea = 12.5m;
                p.PlannedStart = new DateOnly(2026, 4, 1);
                p.PlannedEnd = new DateOnly(2027, 10, 1);
                p.ActualStart = new DateOnly(2026, 5, 1);
                p.DesignBudget = 1080m;
                p.CompletedInvestment = 250m;
                p.AnnualPlan = 500m;
                p.RevenueSources = "停车位租赁";
                p.ProjectRevenue = 900m;
                p.DebtService = 600m;
                p.CoverageRatio = 1.35m;
                p.InNationalLibrary = true;
                p.InRollingPlan = false;
                p.NegativeList = [NegativeListItem.VanityProjects, NegativeListItem.NoRevenue];
                p.Facts["builtYear"] = FactValue.Of(1998);
                return p;
            case "sparse":
                return new ProjectRecord { Name = "某项目", Department = "住建局", Unit = "某单位", Code = "   " };
            case "revenue-only coverage":
                var r = Projects.Government();
                r.ProjectRevenue = 1300m;
                r.DebtService = 1000m;
                return r;
            default:
                var d = Projects.Government();
                d.PreWork.Add(new PreWorkItem { Item = PreWorkKind.FeasibilityApproval, Status = PreWorkStatus.InProgress });
                d.PreWork.Insert(0, new PreWorkItem { Item = PreWorkKind.Authorization, Status = PreWorkStatus.NotStarted });
                return d;
        }
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_member_named_as_in_the_record_reads_what_the_record_says(string kind)
    {
        var record = Record(kind);
        var snapshot = ProjectSnapshot.Of(record);
        var compared = 0;
        foreach (var member in typeof(ProjectSnapshot).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (typeof(ProjectRecord).GetProperty(member.Name) is not { } recordMember)
            {
                continue;
            }
            Assert.Equal(recordMember.PropertyType, member.PropertyType);
            Assert.Equal(recordMember.GetValue(record), member.GetValue(snapshot));
            compared++;
        }
        // Every copied fact and every member read through, not a handful that happened to be found.
        Assert.True(compared >= 40, $"只比较了 {compared} 个成员");
        Assert.Equal(record.PlannedFrom(FundingSourceKind.MunicipalFiscal), snapshot.PlannedFrom(FundingSourceKind.MunicipalFiscal));
        Assert.Same(record, snapshot.Record);
        Assert.Same(record, (ProjectRecord)snapshot);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Each_pre_work_status_is_that_of_the_first_item_of_its_kind(string kind)
    {
        var record = Record(kind);
        var snapshot = ProjectSnapshot.Of(record);
        foreach (var item in Enum.GetValues<PreWorkKind>())
        {
            Assert.Equal(record.FindPreWork(item)?.Status, snapshot.StatusOf(item));
            Assert.Same(record.FindPreWork(item), snapshot.FindPreWork(item));
            Assert.Equal(record.FindPreWork(item) is not null, FactRef.PreWork(item).IsPresentIn(snapshot));
        }
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void A_common_fact_is_present_exactly_when_the_record_gives_it(string kind)
    {
        var record = Record(kind);
        var snapshot = ProjectSnapshot.Of(record);
        var facts = typeof(CommonFacts).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (FactRef)f.GetValue(null)!).ToList();
        Assert.Equal(29, facts.Count);
        foreach (var fact in facts)
        {
            Assert.True(Given(record, fact.Key) == fact.IsPresentIn(snapshot), $"{fact.Key}：快照判断{(fact.IsPresentIn(snapshot) ? "已填" : "未填")}");
        }
    }

    [Fact]
    public void Each_common_fact_given_alone_is_the_only_one_present()
    {
        var complete = Record("complete");
        foreach (var key in typeof(CommonFacts).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => ((FactRef)f.GetValue(null)!).Key))
        {
            var record = Record("sparse");
            var member = typeof(ProjectRecord).GetProperty(char.ToUpperInvariant(key[0]) + key[1..])!;
            member.SetValue(record, member.GetValue(complete));
            var snapshot = ProjectSnapshot.Of(record);
            foreach (var field in typeof(CommonFacts).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var fact = (FactRef)field.GetValue(null)!;
                Assert.True(Given(record, fact.Key) == fact.IsPresentIn(snapshot), $"只填 {key} 时，{fact.Key} 判断{(fact.IsPresentIn(snapshot) ? "已填" : "未填")}");
                Assert.Equal(fact.Key == key, fact.IsPresentIn(snapshot));
            }
        }
    }

    /// <summary>The record's own member for the fact's key, read without the snapshot: given, not blank, not an empty plan.</summary>
    private static bool Given(ProjectRecord record, string key)
    {
        var name = key == "coverageRatio" ? nameof(ProjectRecord.EffectiveCoverageRatio) : char.ToUpperInvariant(key[0]) + key[1..];
        var value = typeof(ProjectRecord).GetProperty(name)!.GetValue(record);
        return value switch
        {
            null => false,
            // 总投资 is required and positive in the format; a zero is a figure not given.
            decimal total when key == "totalInvestment" => total > 0,
            string text => !string.IsNullOrWhiteSpace(text),
            List<FundingSourceLine> lines => lines.Count > 0,
            _ => true,
        };
    }

    [Fact]
    public void The_negative_list_is_tested_as_a_set_and_unknown_when_not_stated()
    {
        var mask = NegativeListItems.Mask([NegativeListItem.OfficeBuildings, NegativeListItem.NoRevenue]);
        var record = Projects.Government();
        Assert.False(ProjectSnapshot.Of(record).InvolvesAny(mask));
        record.NegativeList = [NegativeListItem.LandReserve, NegativeListItem.NoRevenue];
        Assert.True(ProjectSnapshot.Of(record).InvolvesAny(mask));
        record.NegativeList = [NegativeListItem.LandReserve];
        Assert.False(ProjectSnapshot.Of(record).InvolvesAny(mask));
        record.NegativeList = null;
        Assert.Null(ProjectSnapshot.Of(record).InvolvesAny(mask));
    }

    [Theory]
    [InlineData("5631", ProjectField.Transport, "2025-01-01")]
    [InlineData("5631", ProjectField.Transport, "2019-01-01")]
    [InlineData("55", null, "2019-01-01")]
    [InlineData("3216", null, "2025-01-01")]
    [InlineData(null, ProjectField.AffordableHousing, "2025-01-01")]
    [InlineData("  ", ProjectField.Transport, "2025-01-01")]
    [InlineData("9999", ProjectField.Ecology, "2025-01-01")]
    [InlineData(null, null, "2025-01-01")]
    public void The_equity_sector_placed_when_the_snapshot_is_taken_gives_the_records_minimum(string? industry, ProjectField? field, string date)
    {
        var record = new ProjectRecord { IndustryCode = industry, Field = field };
        var asOf = DateOnly.Parse(date);
        Assert.Equal(EquityMinimums.For(record, asOf), EquityMinimums.For(ProjectSnapshot.Of(record), asOf));
    }

    [Fact]
    public void A_snapshot_keeps_the_facts_it_was_taken_with()
    {
        var record = Projects.Government();
        var snapshot = ProjectSnapshot.Of(record);
        record.Field = ProjectField.Transport;
        record.PreWork.Clear();
        Assert.Equal(ProjectField.OldResidentialCommunities, snapshot.Field);
        Assert.Equal(PreWorkStatus.Completed, snapshot.StatusOf(PreWorkKind.FeasibilityApproval));
        Assert.Equal(ProjectField.Transport, ProjectSnapshot.Of(record).Field);
    }

    [Fact]
    public void Missing_facts_are_named_in_the_order_the_rule_lists_them_whether_tested_by_bit_or_by_call()
    {
        var builtYear = new FactDescriptor("builtYear", "建成年份", FactType.Integer, "年", "");
        var rule = Rule.Hard("T-ORDER", "顺序")
            .From(PolicySource.Unverified("测试"))
            .Requires(FactRef.Channel(builtYear), CommonFacts.Equity, CommonFacts.Region, CommonFacts.Field)
            .Check((_, _) => true)
            .Fail((_, _) => "")
            .Build();
        var context = new RuleContext(new DateOnly(2025, 9, 10));
        var record = new ProjectRecord { Field = ProjectField.Ecology };
        Assert.Equal(RuleVerdict.Unknown, rule.Evaluate(record, context));
        Assert.Equal(["builtYear", "equity", "region"], context.MissingFacts.Select(f => f.Key));

        record.Facts["builtYear"] = FactValue.Of(1990);
        record.Equity = 10m;
        record.Region = "620200";
        context.ResetMissing();
        Assert.Equal(RuleVerdict.Pass, rule.Evaluate(record, context));
        Assert.Empty(context.MissingFacts);

        // Only a fact tested by a call is missing: the bits all pass and the rule still answers unknown.
        record.Region = " ";
        context.ResetMissing();
        Assert.Equal(RuleVerdict.Unknown, rule.Evaluate(record, context));
        Assert.Equal("region", Assert.Single(context.MissingFacts).Key);
    }
}
