using System.Runtime.InteropServices;
using Bogus;
using Reserve.Sdk.Projects;
using static System.FormattableString;

namespace Reserve.Demo.Projects;

/// <summary>
/// Builds one coherent record per call, in dependency order: pattern → department and attribute → stage
/// and schedule → site, size and name → unit → pre-work → money → codes, people, flags and channel facts.
/// Every draw goes through the one seeded <see cref="Faker"/>, in a fixed order, so a seed fixes the output.
/// </summary>
internal sealed class ProjectComposer(DateOnly asOf, CityLeaders leaders, FactFilter factFilter)
{
    private static readonly (ProjectStage Stage, int Weight)[] Stages =
    [
        (ProjectStage.Planning, 30), (ProjectStage.Preparation, 35), (ProjectStage.NewStart, 20), (ProjectStage.Continuing, 15),
    ];

    private static readonly string[] PhaseNumerals = ["二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private readonly int _reserveYear = asOf.Year + 1;
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private int _sequence;

    public ProjectRecord Compose(Faker f)
    {
        _sequence++;
        var pattern = FieldCatalog.Pick(f);
        var department = pattern.Departments.Length == 1 || f.Chance(0.75) ? pattern.Departments[0] : f.Pick(pattern.Departments);
        var attribute = f.PickWeighted<ProjectAttribute>(
        [
            (ProjectAttribute.Government, pattern.Attributes.Government),
            (ProjectAttribute.Enterprise, pattern.Attributes.Enterprise),
            (ProjectAttribute.PublicPrivatePartnership, pattern.Attributes.Partnership),
        ]);
        var r = new ProjectRecord
        {
            Id = Invariant($"{_reserveYear}-{_sequence:D4}"),
            Department = department,
            Field = pattern.Field,
            Attribute = attribute,
            ProjectType = ProjectTypeFor(f, pattern, attribute),
            Nature = f.Pick(pattern.Natures),
            IndustryCode = pattern.IndustryCode is { } code && f.Chance(0.85) ? code : null,
            Region = Jiayuguan.RegionCode,
            Stage = f.PickWeighted(Stages),
            Tags = f.Chance(0.7) ? [.. pattern.Tags] : [],
        };
        // The schedule comes before the name: a name such as "2026年城镇老旧小区改造项目" carries the start year.
        Schedule(f, r, pattern);

        var baseAmount = f.SkewedAmount(pattern.Investment);
        var draw = new PatternDraw(
            Site.Draw(f, pattern.Site),
            f.Pick(Units.Brands),
            f.Pick(Jiayuguan.Ordinals),
            Size(f, pattern, baseAmount),
            baseAmount,
            r.PlannedStart!.Value.Year);
        r.Name = UniqueName(pattern.Name(f, draw));
        r.Address = draw.Site.Address;
        r.Scale = pattern.Scale(f, draw);
        r.LandArea = pattern.LandMu is { } land && f.Chance(0.9) ? land(f, draw) : null;

        var unit = Unit(f, pattern, department, attribute, draw);
        r.Unit = unit.Name;
        r.UnitCreditCode = f.Chance(0.92) ? CreditCodes.For(unit) : null;

        r.PreWork = PreWorkPlanner.Plan(f, new PreWorkInput(
            pattern, r.ProjectType, attribute, r.Stage!.Value, r.Nature!.Value, baseAmount, asOf, r.ActualStart));
        Financing.Apply(f, r, pattern, draw, unit);
        ProjectCode(f, r, pattern);

        r.Leader = f.Chance(0.85) ? leaders.For(f, department, r.TotalInvestment) : null;
        r.Contact = f.Chance(0.9) ? People.Contact(f) : null;
        Compliance(f, r, pattern, unit);
        ChannelFacts.Add(f, r, pattern, draw, unit, factFilter);
        return r;
    }

    /// <summary>
    /// A reserve does not list the same name twice: a repeat becomes the next phase (二期 … 十期), as real
    /// programmes are split, and beyond that a numbered 标段 (only very large runs get there).
    /// </summary>
    private string UniqueName(string name)
    {
        ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_names, name, out _);
        seen++;
        return seen switch
        {
            1 => name,
            <= 10 => $"{name}（{PhaseNumerals[seen - 2]}期）",
            _ => Invariant($"{name}（第{seen}标段）"),
        };
    }

    private static decimal Size(Faker f, ProjectPattern pattern, decimal amount)
    {
        if (pattern.Size is not { } size)
        {
            return 0m;
        }
        var unitCost = f.Random.Decimal(size.MinUnitCost, size.MaxUnitCost);
        return Math.Max(size.Minimum, decimal.Round(amount / unitCost, size.Decimals, MidpointRounding.AwayFromZero));
    }

    /// <summary>政府投资 is 审批 (a few records leave it blank); enterprise investment 核准 or 备案 per the pattern.</summary>
    private static ProjectType? ProjectTypeFor(Faker f, ProjectPattern pattern, ProjectAttribute attribute)
    {
        if (f.Chance(0.03))
        {
            return null;
        }
        return attribute == ProjectAttribute.Enterprise ? pattern.EnterpriseApproval : ProjectType.Approval;
    }

    /// <summary>
    /// Planned dates are month starts (departments plan by month) and the end is the last day of the last
    /// month. 新开工 started this year; 续建 earlier and still running; 前期 and 谋划 start in the future.
    /// </summary>
    private void Schedule(Faker f, ProjectRecord r, ProjectPattern pattern)
    {
        var thisMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        var duration = f.Random.Int(pattern.DurationMonths.Min, pattern.DurationMonths.Max);
        DateOnly start;
        switch (r.Stage)
        {
            case ProjectStage.NewStart:
                start = thisMonth.AddMonths(-f.Random.Int(1, 9));
                r.ActualStart = Earliest(start.AddDays(f.Random.Int(0, 45)), asOf.AddDays(-1));
                break;
            case ProjectStage.Continuing:
                start = thisMonth.AddMonths(-f.Random.Int(10, 40));
                r.ActualStart = start.AddDays(f.Random.Int(0, 60));
                // A project still under construction is planned to finish after today.
                var elapsed = (asOf.Year - start.Year) * 12 + asOf.Month - start.Month;
                duration = Math.Max(duration, elapsed + f.Random.Int(2, 12));
                break;
            case ProjectStage.Preparation:
                start = thisMonth.AddMonths(f.Random.Int(1, 12));
                break;
            default:
                start = thisMonth.AddMonths(f.Random.Int(4, 20));
                break;
        }
        r.PlannedStart = start;
        r.PlannedEnd = start.AddMonths(duration).AddDays(-1);
    }

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

    private static UnitInfo Unit(Faker f, ProjectPattern pattern, string department, ProjectAttribute attribute, PatternDraw draw)
    {
        var trade = f.Pick(pattern.Trades);
        return attribute switch
        {
            ProjectAttribute.Enterprise => pattern.EnterpriseUnit?.Invoke(f, draw) ?? Units.Company(f, draw.Brand, trade),
            ProjectAttribute.PublicPrivatePartnership => f.Chance(0.7) ? Units.ProjectCompany(draw.Brand, trade) : Units.Government(f, department, companiesOnly: true),
            // A cold store is applied for by a company, so government money goes through a state platform.
            _ when pattern.Facts is ChannelFactKind.ColdChain => Units.Government(f, department, companiesOnly: true),
            _ => pattern.GovernmentUnit?.Invoke(f, draw)
                ?? (pattern.Site == SiteKind.Rural && f.Chance(0.3) ? Units.TownGovernment(draw.Site.Town) : Units.Government(f, department, companiesOnly: false)),
        };
    }

    /// <summary>
    /// 项目代码: most 谋划 projects have none yet; a project with a finished 审批/核准/备案 step always has one.
    /// The time code is the year of the first approval step (or this year), the sector code the GB/T 4754
    /// division of the project, the type code 01 审批 / 02 核准 / 03 备案.
    /// </summary>
    private void ProjectCode(Faker f, ProjectRecord r, ProjectPattern pattern)
    {
        var firstDated = r.PreWork.Where(p => p.Date.HasValue).Select(p => p.Date!.Value).DefaultIfEmpty(asOf).Min();
        var approved = r.PreWork.Any(p => p.Status == PreWorkStatus.Completed);
        var hasCode = approved || r.Stage switch
        {
            ProjectStage.Planning => f.Chance(0.25),
            ProjectStage.Preparation => f.Chance(0.9),
            _ => true,
        };
        if (!hasCode)
        {
            return;
        }
        var sector = pattern.IndustryCode?[..2] ?? "48";
        var type = r.ProjectType switch
        {
            ProjectType.Authorization => "02",
            ProjectType.Filing => "03",
            _ => "01",
        };
        r.Code = Invariant($"{firstDated.Year}-{Jiayuguan.RegionCode}-{sector}-{type}-{f.Digits(6)}");
        if (r.FindPreWork(PreWorkKind.Filing) is { Status: PreWorkStatus.Completed } filing)
        {
            // The 备案证明 is identified by the 项目代码.
            filing.DocNumber = r.Code;
        }
    }

    /// <summary>
    /// Compliance flags: mostly 否, a few 是, a few unstated (null). Library membership grows with maturity;
    /// earlier central funding is common among projects already being built.
    /// </summary>
    private static void Compliance(Faker f, ProjectRecord r, ProjectPattern pattern, UnitInfo unit)
    {
        var started = r.Stage is ProjectStage.NewStart or ProjectStage.Continuing;
        var governmentUnit = unit.Kind is UnitKind.Agency or UnitKind.PublicInstitution;
        r.Dishonest = f.Chance(0.04) ? null : !governmentUnit && f.Chance(0.03);
        r.CentralFundedBefore = f.Chance(0.06) ? null
            : r.Stage == ProjectStage.Continuing && r.PlannedFrom(FundingSourceKind.CentralBudget) > 0m ? f.Chance(0.6)
            : f.Chance(0.03);
        r.InNationalLibrary = f.Chance(0.05) ? null : f.Chance(started ? 0.8 : r.Stage == ProjectStage.Preparation ? 0.65 : 0.1);
        r.InRollingPlan = f.Chance(0.05) ? null : f.Chance(started ? 0.85 : r.Stage == ProjectStage.Preparation ? 0.7 : 0.15);
        r.NegativeList = f.Random.Int(0, 99) switch
        {
            < 7 => null,
            < 11 => [f.Pick(pattern.PossibleNegatives)],
            _ => [],
        };
    }
}
