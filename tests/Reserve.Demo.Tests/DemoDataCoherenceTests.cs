using System.Text.RegularExpressions;
using Reserve.Demo.Projects;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Tests;

/// <summary>
/// Coherence of 2,000 demo records: what the matching engine relies on (department fits field, amounts add
/// up, dates follow the stage, approvals follow the 项目类型) and the import rules of project-record.md.
/// The expectations are written out here independently of the generator's own tables.
/// </summary>
public sealed partial class DemoDataCoherenceTests
{
    private const int Count = 2000;
    private static readonly DateOnly AsOf = DemoProjects.DefaultAsOf;

    /// <summary>The channel facts the active plugins declare today, as project-record.md keys them.</summary>
    private static readonly FactDescriptor[] DeclaredFacts =
    [
        new("builtYear", "建成年份", FactType.Integer, "年"),
        new("households", "户数", FactType.Integer, "户"),
        new("residentConsent", "居民同意改造比例", FactType.Number),
        new("isShantyRedevelopment", "是否棚改拆除重建", FactType.Boolean),
        new("inAnnualRenovationPlan", "是否纳入年度改造计划", FactType.Boolean),
        new("renovationClass", "改造类型", FactType.Choice, Options: ["基础类", "完善类", "提升类"]),
        new("coldStorageTonnes", "冷库库容（吨）", FactType.Number, "吨"),
        new("coldStorageCubicMetres", "冷库容积（立方米）", FactType.Number, "立方米"),
        new("isSelfBuiltOrUrbanVillage", "是否以自建房为主或属城中村", FactType.Boolean),
        new("hasLongTermManagement", "已明确长效管理安排", FactType.Boolean),
        new("eligibleConstructionCost", "支持范围内建安投资", FactType.Number, "万元"),
        new("includesExcludedContent", "申请中央资金的内容含不支持内容", FactType.Boolean),
        new("supportForm", "申请支持方式", FactType.Choice, Options: ["补助", "贴息", "直接投资", "资本金注入"]),
        new("fundingReportPrepared", "资金申请报告已编制", FactType.Boolean),
        new("authenticityPledge", "已签署真实性承诺", FactType.Boolean),
        new("loanAgreementSigned", "已签订贷款合同", FactType.Boolean),
        new("bondAsEquity", "专项债用作资本金金额", FactType.Number, "万元"),
        new("financialReport", "已出具财务评估报告", FactType.Boolean),
        new("legalOpinion", "已出具法律意见书", FactType.Boolean),
        new("revenueEstimateNote", "已编制收入测算说明", FactType.Boolean),
        new("inSpecialPlan", "已纳入地方或行业专项规划", FactType.Boolean),
        new("equityArrived", "已到位资本金", FactType.Number, "万元"),
    ];

    private static readonly Lazy<IReadOnlyList<ProjectRecord>> Sample = new(() => DemoProjects.Generate(Count));
    private static readonly Lazy<IReadOnlyList<ProjectRecord>> SampleWithApplicantKind =
        new(() => DemoProjects.Generate(Count, new DemoProjectOptions { FactKeys = [.. DeclaredFacts.Select(d => d.Key), "applicantKind"] }));
    private static IReadOnlyList<ProjectRecord> Records => Sample.Value;

    private static readonly Dictionary<ProjectField, string[]> DepartmentsByField = new()
    {
        [ProjectField.Transport] = ["交通运输局", "住建局"],
        [ProjectField.WaterConservancy] = ["水务局", "农业农村局"],
        [ProjectField.Energy] = ["发改委", "工信局", "住建局"],
        [ProjectField.MunicipalUtilities] = ["住建局", "水务局"],
        [ProjectField.OldResidentialCommunities] = ["住建局"],
        [ProjectField.AffordableHousing] = ["住建局"],
        [ProjectField.AgricultureRural] = ["农业农村局"],
        [ProjectField.Ecology] = ["生态环境局", "自然资源局"],
        [ProjectField.SocialLivelihood] = ["教育局", "卫健委"],
        [ProjectField.PublicHealth] = ["卫健委"],
        [ProjectField.NewInfrastructure] = ["工信局", "发改委"],
        [ProjectField.ColdChainLogistics] = ["商务局", "农业农村局"],
        [ProjectField.MaterialReserves] = ["粮食和物资储备局", "应急管理局"],
        [ProjectField.Industry] = ["工信局", "发改委"],
        [ProjectField.Innovation] = ["工信局", "发改委"],
        [ProjectField.CultureTourism] = ["文旅局"],
        [ProjectField.Other] = ["发改委", "自然资源局"],
    };

    private static readonly string[] AllDepartments =
    [
        "发改委", "交通运输局", "住建局", "水务局", "农业农村局", "工信局", "商务局", "应急管理局",
        "粮食和物资储备局", "卫健委", "生态环境局", "自然资源局", "文旅局", "教育局",
    ];

    private static bool IsStarted(ProjectRecord r) => r.Stage is ProjectStage.NewStart or ProjectStage.Continuing;

    [Fact]
    public void Every_record_passes_the_import_rules()
    {
        foreach (var r in Records)
        {
            Assert.InRange(r.Name.Length, 2, 100);
            Assert.False(string.IsNullOrWhiteSpace(r.Department), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Unit), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Scale), r.Id);
            Assert.True(r.Scale.Length <= 2000, r.Id);
            Assert.NotNull(r.Field);
            Assert.NotNull(r.Attribute);
            Assert.NotNull(r.Nature);
            Assert.NotNull(r.Stage);
            Assert.Equal("620200", r.Region);

            Assert.True(r.TotalInvestment > 0m, r.Id);
            foreach (var amount in new[] { r.Equity, r.FeasibilityEstimate, r.DesignBudget, r.CompletedInvestment, r.AnnualPlan, r.ProjectRevenue, r.DebtService, r.LandArea })
            {
                Assert.True(amount is null or >= 0m, r.Id);
            }
            Assert.True(r.Equity is null || r.Equity <= r.TotalInvestment, r.Id);
            Assert.True(r.CompletedInvestment is null || r.CompletedInvestment <= r.TotalInvestment, r.Id);
            Assert.True(r.PlannedTotal <= r.TotalInvestment, r.Id);
            Assert.All(r.FundingSources, line =>
            {
                Assert.True(line.Planned > 0m, r.Id);
                Assert.True(line.Arrived is null || (line.Arrived >= 0m && line.Arrived <= line.Planned), r.Id);
            });
            Assert.Equal(r.FundingSources.Count, r.FundingSources.Select(l => l.Source).Distinct().Count());

            Assert.NotNull(r.PlannedStart);
            Assert.NotNull(r.PlannedEnd);
            Assert.True(r.PlannedEnd >= r.PlannedStart, r.Id);
            Assert.True(r.Code is null || ProjectCodeFormat.IsWellFormed(r.Code), r.Code);
        }
    }

    [Fact]
    public void Every_record_passes_the_importers_validator()
    {
        var problems = Records.SelectMany((r, i) => Reserve.Projects.Validation.ProjectValidator.Validate(r, i + 1, DeclaredFacts))
            .Select(p => $"{p.Row} {p.Column} {p.Message}")
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void The_department_fits_the_field()
    {
        foreach (var r in Records)
        {
            Assert.Contains(r.Department, DepartmentsByField[r.Field!.Value]);
        }
    }

    [Fact]
    public void The_project_type_fits_the_attribute()
    {
        foreach (var r in Records.Where(r => r.ProjectType is not null))
        {
            if (r.Attribute == ProjectAttribute.Enterprise)
            {
                Assert.Contains(r.ProjectType!.Value, new[] { ProjectType.Authorization, ProjectType.Filing });
            }
            else
            {
                Assert.Equal(ProjectType.Approval, r.ProjectType);
            }
        }
        // A few leave it blank, so the engine has a missing 项目类型 to report.
        Assert.InRange(Records.Count(r => r.ProjectType is null), 1, Count / 10);
    }

    [Fact]
    public void Money_follows_the_stage()
    {
        foreach (var r in Records)
        {
            if (IsStarted(r))
            {
                Assert.NotNull(r.CompletedInvestment);
                Assert.NotNull(r.ActualStart);
                Assert.True(r.ActualStart <= AsOf, r.Id);
                Assert.True(r.ActualStart >= r.PlannedStart, r.Id);
            }
            else
            {
                Assert.Null(r.CompletedInvestment);
                Assert.Null(r.ActualStart);
                Assert.True(r.PlannedStart > AsOf, r.Id);
            }
            if (r.Stage == ProjectStage.Continuing)
            {
                Assert.True(r.PlannedEnd > AsOf, r.Id);
            }
            Assert.True(r.EquityRatio is null or >= 0.2m and <= 0.6m, r.Id);
            if (r.DesignBudget is not null)
            {
                // 总投资 follows the latest estimate.
                Assert.NotNull(r.FeasibilityEstimate);
                Assert.Equal(r.DesignBudget, r.TotalInvestment);
            }
        }

        var withBudget = Records.Where(r => r.DesignBudget is not null).ToList();
        var overruns = withBudget.Count(r => r.DesignBudget > 1.1m * r.FeasibilityEstimate);
        Assert.InRange(overruns, 1, withBudget.Count / 5);
        Assert.Contains(Records, r => r.CompletionRatio > 0.8m);
        Assert.Contains(Records, r => r.PlannedTotal < r.TotalInvestment);
        Assert.Contains(Records, r => r.FundingSources.Count > 0 && r.PlannedTotal == r.TotalInvestment);
    }

    [Fact]
    public void Investment_ranges_are_realistic_per_field()
    {
        foreach (var r in Records.Where(r => r.Field == ProjectField.OldResidentialCommunities))
        {
            // 800–8000 万元, plus at most 30 % when the 概算 overran the 估算.
            Assert.InRange(r.TotalInvestment, 700m, 8000m * 1.3m);
        }
        foreach (var r in Records.Where(r => r.Field == ProjectField.Transport))
        {
            // Rural roads start at 500 万元; a 概算 may come in up to 8 % under the 估算.
            Assert.InRange(r.TotalInvestment, 400m, 80000m * 1.3m);
        }
        var companyColdChain = Records.Where(r => r.Field == ProjectField.ColdChainLogistics && IsCompany(r.Unit)).ToList();
        Assert.NotEmpty(companyColdChain);
        Assert.All(companyColdChain, r => Assert.InRange(r.TotalInvestment, 40m, 30000m * 1.3m));
    }

    [Fact]
    public void Funding_mixes_fit_who_pays()
    {
        var enterprise = Records.Where(r => r.Attribute == ProjectAttribute.Enterprise && r.FundingSources.Count > 0).ToList();
        Assert.All(enterprise, r => Assert.True(r.PlannedFrom(FundingSourceKind.EnterpriseOwn) > 0m, r.Id));
        Assert.All(enterprise, r => Assert.Equal(0m, r.PlannedFrom(FundingSourceKind.SpecialBonds)));

        var oldCommunities = Records.Where(r => r.Field == ProjectField.OldResidentialCommunities).ToList();
        Assert.Contains(oldCommunities, r => r.PlannedFrom(FundingSourceKind.ResidentContribution) > 0m);
        Assert.DoesNotContain(Records.Where(r => r.Field != ProjectField.OldResidentialCommunities), r => r.PlannedFrom(FundingSourceKind.ResidentContribution) > 0m);

        // A plan that names a channel request is mostly balanced to the 分: the request closes the gap.
        var asking = Records.Where(r => r.PlannedFrom(FundingSourceKind.CentralBudget) > 0m).ToList();
        Assert.True(asking.Count(r => r.PlannedTotal == r.TotalInvestment) > asking.Count * 6 / 10);
        Assert.Contains(Records, r => r.PlannedFrom(FundingSourceKind.SpecialBonds) > 0m);
        Assert.Contains(Records, r => r.PlannedFrom(FundingSourceKind.BankLoans) > 0m);
        Assert.Contains(Records, r => r.FundingSources.Count == 0);
    }

    [Fact]
    public void Revenue_figures_fit_bond_suitable_projects()
    {
        foreach (var r in Records.Where(r => r.DebtService is not null))
        {
            Assert.NotNull(r.ProjectRevenue);
            Assert.True(r.DebtService > 0m, r.Id);
        }
        var coverages = Records.Select(r => r.EffectiveCoverageRatio).OfType<decimal>().ToList();
        Assert.True(coverages.Count > Count / 10);
        Assert.Contains(coverages, c => c < 1.1m);
        Assert.True(coverages.Count(c => c >= 1.1m) > coverages.Count / 2);
        // Pure public-good works have no income to state.
        Assert.DoesNotContain(Records.Where(r => r.Name.Contains("高标准农田", StringComparison.Ordinal)), r => r.ProjectRevenue is not null);
    }

    [Fact]
    public void Project_codes_are_well_formed_and_mostly_absent_while_planning()
    {
        foreach (var r in Records.Where(r => r.Code is not null))
        {
            Assert.True(ProjectCodeFormat.IsWellFormed(r.Code), r.Code);
            var parts = r.Code!.Split('-');
            Assert.Equal("620200", parts[1]);
            Assert.True(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) <= AsOf.Year, r.Code);
            var expectedType = r.ProjectType switch
            {
                ProjectType.Authorization => "02",
                ProjectType.Filing => "03",
                _ => "01",
            };
            Assert.Equal(expectedType, parts[3]);
        }
        Assert.All(Records.Where(IsStarted), r => Assert.NotNull(r.Code));
        var planning = Records.Where(r => r.Stage == ProjectStage.Planning).ToList();
        Assert.True(planning.Count(r => r.Code is null) > planning.Count / 2);
    }

    [Fact]
    public void Credit_codes_are_valid_and_one_per_unit()
    {
        var withCode = Records.Where(r => r.UnitCreditCode is not null).ToList();
        Assert.True(withCode.Count > Count * 8 / 10);
        Assert.True(withCode.Count < Count);
        foreach (var r in withCode)
        {
            var code = r.UnitCreditCode!;
            Assert.Equal(18, code.Length);
            Assert.Equal("620200", code.Substring(2, 6));
            Assert.True(CreditCodeOracle.IsValid(code), code);
        }
        foreach (var unit in withCode.GroupBy(r => r.Unit))
        {
            Assert.Single(unit.Select(r => r.UnitCreditCode).Distinct());
        }
        // The legal form shows in the first two characters: 机关 11, 企业 91, 合作社 93.
        Assert.All(withCode.Where(r => r.Unit.EndsWith("局", StringComparison.Ordinal)), r => Assert.StartsWith("11", r.UnitCreditCode));
        Assert.All(withCode.Where(r => IsCompany(r.Unit)), r => Assert.StartsWith("91", r.UnitCreditCode));
        Assert.All(withCode.Where(r => r.Unit.EndsWith("合作社", StringComparison.Ordinal)), r => Assert.StartsWith("93", r.UnitCreditCode));
    }

    [Fact]
    public void Names_units_and_places_are_chinese()
    {
        foreach (var r in Records)
        {
            foreach (var text in new[] { r.Name, r.Unit, r.Department, r.Leader ?? "", r.Address ?? "" })
            {
                // "5G" is the one Latin token a project name may carry.
                Assert.DoesNotMatch(AsciiLetter(), text.Replace("5G", "", StringComparison.Ordinal));
            }
            Assert.Matches(Han(), r.Name);
            Assert.Matches(Han(), r.Unit);
        }
        Assert.Contains(Records, r => r.Name.Contains("5G", StringComparison.Ordinal));
        Assert.All(Records.Where(r => r.Leader is not null), r => Assert.Matches(LeaderTitle(), r.Leader!));
        // A city has a handful of leaders, not one per project.
        Assert.InRange(Records.Select(r => r.Leader).OfType<string>().Distinct().Count(), 3, 8);
        Assert.All(Records.Where(r => r.Contact is not null), r => Assert.Matches(ContactShape(), r.Contact!));
    }

    [Fact]
    public void Fields_departments_and_stages_are_spread()
    {
        var byField = Records.GroupBy(r => r.Field!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enum.GetValues<ProjectField>().Length, byField.Count);
        Assert.All(byField.Values, n => Assert.InRange(n, Count / 200, Count / 5));

        var departments = Records.Select(r => r.Department).Distinct().ToHashSet();
        Assert.Subset(AllDepartments.ToHashSet(), departments);
        Assert.Superset(AllDepartments.ToHashSet(), departments);

        var byStage = Records.GroupBy(r => r.Stage!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(byStage[ProjectStage.Planning], Count / 5, Count * 2 / 5);
        Assert.InRange(byStage[ProjectStage.Preparation], Count / 4, Count * 9 / 20);
        Assert.InRange(byStage[ProjectStage.NewStart], Count / 10, Count * 3 / 10);
        Assert.InRange(byStage[ProjectStage.Continuing], Count / 20, Count / 4);

        Assert.All(Enum.GetValues<ProjectAttribute>(), a => Assert.Contains(Records, r => r.Attribute == a));
        // Repeats become 二期, 三期 …: a reserve does not list one name twice.
        Assert.Equal(Count, Records.Select(r => r.Name).Distinct().Count());
        Assert.True(Records.Select(r => r.Unit).Distinct().Count() > 100);
    }

    [Fact]
    public void Pre_work_follows_the_approval_chain_and_the_stage()
    {
        foreach (var r in Records)
        {
            var items = r.PreWork.Select(p => p.Item).ToList();
            Assert.Equal(items.Count, items.Distinct().Count());
            if (r.Attribute == ProjectAttribute.Enterprise)
            {
                Assert.DoesNotContain(PreWorkKind.FeasibilityApproval, items);
                Assert.DoesNotContain(PreWorkKind.FiscalReview, items);
            }
            else
            {
                Assert.DoesNotContain(PreWorkKind.Authorization, items);
                Assert.DoesNotContain(PreWorkKind.Filing, items);
            }
            if (r.Stage == ProjectStage.Planning)
            {
                Assert.DoesNotContain(r.PreWork, p => p.Status == PreWorkStatus.Completed);
            }
            if (IsStarted(r))
            {
                Assert.True(r.PreWork.Count(p => p.Status == PreWorkStatus.Completed) >= r.PreWork.Count - 1, r.Id);
            }
            foreach (var p in r.PreWork)
            {
                switch (p.Status)
                {
                    case PreWorkStatus.Completed:
                        Assert.NotNull(p.Date);
                        Assert.True(p.Date <= AsOf, r.Id);
                        Assert.True(r.ActualStart is null || p.Date <= r.ActualStart, r.Id);
                        break;
                    case PreWorkStatus.Committed:
                        Assert.NotNull(p.Date);
                        Assert.NotNull(p.Expires);
                        Assert.True(p.Expires > p.Date, r.Id);
                        break;
                    default:
                        Assert.Null(p.Date);
                        Assert.Null(p.DocNumber);
                        break;
                }
            }
            var filing = r.FindPreWork(PreWorkKind.Filing);
            if (filing is { Status: PreWorkStatus.Completed })
            {
                Assert.Equal(r.Code, filing.DocNumber);
            }
        }

        var docNumbers = Records.SelectMany(r => r.PreWork).Select(p => p.DocNumber).OfType<string>().ToList();
        Assert.Contains(docNumbers, d => DevelopmentReformDoc().IsMatch(d));
        Assert.Contains(docNumbers, d => EnvironmentDoc().IsMatch(d));
        Assert.Contains(Records, r => r.PreWork.Count == 0);
        Assert.Contains(Records.SelectMany(r => r.PreWork), p => p.Status == PreWorkStatus.Committed);
        // A 核准 that has stalled for over two years, for the lapse rule.
        Assert.Contains(Records, r => r.ActualStart is null
            && r.FindPreWork(PreWorkKind.Authorization) is { Status: PreWorkStatus.Completed, Date: { } d } && d.AddYears(2) < AsOf);
    }

    [Fact]
    public void Old_community_facts_are_plausible_and_sometimes_missing()
    {
        string[] keys = ["builtYear", "households", "residentConsent", "isShantyRedevelopment", "inAnnualRenovationPlan", "renovationClass"];
        var records = Records.Where(r => r.Field == ProjectField.OldResidentialCommunities).ToList();
        Assert.True(records.Count > 100);
        foreach (var r in records)
        {
            if (r.TryGetFact("builtYear", out var built))
            {
                Assert.InRange(built.Number, 1985m, 2008m);
            }
            if (r.TryGetFact("households", out var households))
            {
                Assert.True(households.Number >= 40m, r.Id);
            }
            if (r.TryGetFact("residentConsent", out var consent))
            {
                Assert.Equal(FactType.Number, consent.Type);
                Assert.InRange(consent.Number, 0.6m, 1.0m);
            }
            if (r.TryGetFact("renovationClass", out var renovation))
            {
                Assert.Contains(renovation.Text, new[] { "基础类", "完善类", "提升类" });
            }
            if (r.TryGetFact("isShantyRedevelopment", out var shanty))
            {
                Assert.Equal(FactType.Boolean, shanty.Type);
            }
        }
        var incomplete = records.Count(r => keys.Any(k => !r.Facts.ContainsKey(k)));
        Assert.InRange(incomplete, records.Count / 50, records.Count / 5);
        Assert.Contains(records, r => r.TryGetFact("builtYear", out var y) && y.Number > 2000m);
        Assert.Contains(records, r => r.TryGetFact("isShantyRedevelopment", out var s) && s.Flag);
        Assert.DoesNotContain(Records.Where(r => r.Field != ProjectField.OldResidentialCommunities), r => r.Facts.ContainsKey("builtYear"));
    }

    [Fact]
    public void Applicant_kind_is_written_only_on_request_and_changes_nothing_else()
    {
        // No channel declares applicantKind yet, and the importer rejects undeclared facts.
        Assert.DoesNotContain(Records, r => r.Facts.ContainsKey("applicantKind"));
        Assert.Contains(SampleWithApplicantKind.Value, r => r.Facts.ContainsKey("applicantKind"));
        // With a channel that declares it (the options of the provincial cold-chain plugin), the records import.
        FactDescriptor applicantKind = new("applicantKind", "申报主体类型", FactType.Choice,
            Options: ["县级以上示范家庭农场", "农民合作社示范社", "家庭农场", "农民合作社", "企业", "其他"]);
        Assert.Empty(SampleWithApplicantKind.Value.SelectMany((r, i) =>
            Reserve.Projects.Validation.ProjectValidator.Validate(r, i + 1, [.. DeclaredFacts, applicantKind])));

        // Fresh records, since this test edits them.
        var plain = DemoProjects.Generate(500);
        var withKind = DemoProjects.Generate(500, new DemoProjectOptions { FactKeys = [.. DeclaredFacts.Select(d => d.Key), "applicantKind"] });
        foreach (var (a, b) in plain.Zip(withKind))
        {
            b.Facts.Remove("applicantKind");
            Assert.Equal(Reserve.Projects.Interchange.ProjectJson.Serialize(a), Reserve.Projects.Interchange.ProjectJson.Serialize(b));
        }
    }

    [Fact]
    public void Fact_keys_limit_the_facts_to_what_the_active_channels_declare()
    {
        // As when only the 老旧小区 plugin is loaded (the others faulted): every record must still import.
        string[] oldCommunityKeys =
        [
            "builtYear", "households", "residentConsent", "isShantyRedevelopment", "isSelfBuiltOrUrbanVillage",
            "inAnnualRenovationPlan", "renovationClass", "eligibleConstructionCost", "hasLongTermManagement",
        ];
        var declared = DeclaredFacts.Where(d => oldCommunityKeys.Contains(d.Key)).ToArray();
        var records = DemoProjects.Generate(1000, new DemoProjectOptions { FactKeys = oldCommunityKeys });
        var everything = DemoProjects.Generate(1000);

        Assert.All(records, r => Assert.Subset(oldCommunityKeys.ToHashSet(), r.Facts.Keys.ToHashSet()));
        Assert.Contains(records, r => r.Facts.ContainsKey("builtYear"));
        Assert.Empty(records.SelectMany((r, i) => Reserve.Projects.Validation.ProjectValidator.Validate(r, i + 1, declared)));
        // Only the facts differ.
        Assert.Equal(everything.Select(r => r.Name), records.Select(r => r.Name));
        Assert.Equal(everything.Select(r => r.TotalInvestment), records.Select(r => r.TotalInvestment));

        Assert.All(DemoProjects.Generate(200, new DemoProjectOptions { FactKeys = [] }), r => Assert.Empty(r.Facts));
    }

    [Fact]
    public void Cold_chain_facts_fit_the_applicant()
    {
        var records = SampleWithApplicantKind.Value.Where(r => r.Field == ProjectField.ColdChainLogistics).ToList();
        Assert.True(records.Count > 50);
        foreach (var r in records)
        {
            if (r.TryGetFact("coldStorageTonnes", out var tonnes) && r.TryGetFact("coldStorageCubicMetres", out var volume))
            {
                Assert.True(tonnes.Number > 0m && tonnes.Number < volume.Number, r.Id);
            }
            if (r.TryGetFact("applicantKind", out var kind))
            {
                string[] expected = r.Unit.EndsWith("合作社", StringComparison.Ordinal) ? ["农民合作社示范社", "农民合作社"]
                    : r.Unit.EndsWith("家庭农场", StringComparison.Ordinal) ? ["县级以上示范家庭农场", "家庭农场"]
                    : ["企业"];
                Assert.Contains(kind.Text, expected);
                Assert.True(kind.Text != "企业" || IsCompany(r.Unit), r.Unit);
            }
        }
        var kinds = records.Select(r => r.TryGetFact("applicantKind", out var k) ? k.Text : null).OfType<string>().ToHashSet();
        Assert.Equal(new HashSet<string> { "企业", "农民合作社示范社", "农民合作社", "县级以上示范家庭农场", "家庭农场" }, kinds);
        // Farm-gate stores ask the 农业农村部 subsidy (中央财政其他资金), capped at about 100 万元, not the NDRC 专项.
        var farms = records.Where(r => !IsCompany(r.Unit)).ToList();
        Assert.Contains(farms, r => r.PlannedFrom(FundingSourceKind.OtherCentralFiscal) > 0m);
        Assert.All(farms, r => Assert.Equal(0m, r.PlannedFrom(FundingSourceKind.CentralBudget)));
        Assert.All(farms, r => Assert.InRange(r.PlannedFrom(FundingSourceKind.OtherCentralFiscal), 0m, 120m));
        Assert.Contains(records, r => !r.Facts.ContainsKey("coldStorageTonnes") || !r.Facts.ContainsKey("coldStorageCubicMetres"));
        Assert.DoesNotContain(Records.Where(r => r.Field != ProjectField.ColdChainLogistics), r => r.Facts.ContainsKey("coldStorageTonnes"));
        // Small farm stores below the 500 m³ minimum occur, for the threshold rule.
        Assert.Contains(records, r => r.TryGetFact("coldStorageCubicMetres", out var v) && v.Number < 500m);
    }

    [Fact]
    public void Application_facts_appear_where_the_plan_asks_for_that_money()
    {
        foreach (var r in Records)
        {
            if (r.TryGetFact("supportForm", out var form))
            {
                Assert.True(r.PlannedFrom(FundingSourceKind.CentralBudget) > 0m, r.Id);
                Assert.Contains(form.Text, new[] { "补助", "贴息", "直接投资", "资本金注入" });
            }
            if (r.Facts.ContainsKey("loanAgreementSigned"))
            {
                // Only for 贴息 (unless the form itself is one of the facts left out on purpose).
                Assert.True(!r.TryGetFact("supportForm", out var f) || f.Text == "贴息", r.Id);
                Assert.True(r.PlannedFrom(FundingSourceKind.CentralBudget) > 0m, r.Id);
            }
            if (r.TryGetFact("bondAsEquity", out var equity))
            {
                var bond = r.PlannedFrom(FundingSourceKind.SpecialBonds);
                Assert.True(bond > 0m, r.Id);
                Assert.InRange(equity.Number, 0m, bond);
            }
            if (r.TryGetFact("eligibleConstructionCost", out var cost))
            {
                Assert.Equal(ProjectField.OldResidentialCommunities, r.Field);
                Assert.InRange(cost.Number, 0m, r.TotalInvestment);
            }
        }
        // A request is sized like one: for 老旧小区 about 1–2.2 万元 per household.
        foreach (var r in Records.Where(r => r.Field == ProjectField.OldResidentialCommunities && r.PlannedFrom(FundingSourceKind.CentralBudget) > 0m))
        {
            if (r.TryGetFact("households", out var households))
            {
                Assert.True(r.PlannedFrom(FundingSourceKind.CentralBudget) <= households.Number * 2.2m, r.Id);
            }
        }
        Assert.Contains(Records, r => r.TryGetFact("bondAsEquity", out var e) && e.Number == 0m);
        Assert.Contains(Records, r => r.TryGetFact("bondAsEquity", out var e) && e.Number > 0m);
    }

    [Fact]
    public void Compliance_flags_are_mostly_no_with_some_yes_and_some_unknown()
    {
        AssertMostlyFalse(r => r.Dishonest);
        AssertMostlyFalse(r => r.CentralFundedBefore);
        Assert.True(Records.Count(r => r.NegativeList is { Count: 0 }) > Count * 8 / 10);
        Assert.Contains(Records, r => r.NegativeList is null);
        Assert.Contains(Records, r => r.NegativeList is { Count: > 0 });
        Assert.Contains(Records, r => r.InNationalLibrary is null);
        Assert.Contains(Records, r => r.InRollingPlan == true);
    }

    private static void AssertMostlyFalse(Func<ProjectRecord, bool?> flag)
    {
        var values = Records.Select(flag).ToList();
        Assert.True(values.Count(v => v == false) > Count * 8 / 10);
        Assert.Contains(values, v => v == true);
        Assert.Contains(values, v => v is null);
    }

    private static bool IsCompany(string unit) => unit.EndsWith("公司", StringComparison.Ordinal);

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex AsciiLetter();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex("^\\p{IsCJKUnifiedIdeographs}(市长|常务副市长|副市长)$")]
    private static partial Regex LeaderTitle();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,3} (0937-6\d{6}|1\d{10})$")]
    private static partial Regex ContactShape();

    [GeneratedRegex(@"^嘉发改(审批|核准)〔20\d\d〕\d{1,3}号$")]
    private static partial Regex DevelopmentReformDoc();

    [GeneratedRegex(@"^嘉环审〔20\d\d〕\d{1,3}号$")]
    private static partial Regex EnvironmentDoc();

    /// <summary>An independent GB 32100 check, so the test does not trust the generator's own arithmetic.</summary>
    private static class CreditCodeOracle
    {
        private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

        public static bool IsValid(string code)
        {
            if (code.Length != 18 || code.Any(c => !Charset.Contains(c)))
            {
                return false;
            }
            var sum = 0;
            for (var i = 0; i < 17; i++)
            {
                sum += Charset.IndexOf(code[i]) * Weights[i];
            }
            return Charset[(31 - sum % 31) % 31] == code[17];
        }
    }
}
