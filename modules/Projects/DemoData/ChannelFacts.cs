using Bogus;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.DemoData;

/// <summary>
/// The channel facts (渠道要素) of project-record.md for 老旧小区改造 and 冷链物流, keyed as the channel
/// plugins declare them. About one record in ten leaves one or two facts out on purpose: unknown is not
/// false, and the engine must answer 待补充信息 for those.
/// </summary>
internal static class ChannelFacts
{
    public const string BuiltYear = "builtYear";
    public const string Households = "households";
    public const string ResidentConsent = "residentConsent";
    public const string IsShantyRedevelopment = "isShantyRedevelopment";
    public const string InAnnualRenovationPlan = "inAnnualRenovationPlan";
    public const string RenovationClass = "renovationClass";
    public const string ColdStorageTonnes = "coldStorageTonnes";
    public const string ColdStorageCubicMetres = "coldStorageCubicMetres";
    public const string ApplicantKind = "applicantKind";

    private const double MissingShare = 0.10;

    private static readonly (string Class, int Weight)[] RenovationClasses = [("基础类", 45), ("完善类", 40), ("提升类", 15)];

    public static void Add(Faker f, ProjectRecord record, ProjectPattern pattern, PatternDraw draw, UnitInfo unit)
    {
        switch (pattern.Facts)
        {
            case ChannelFactKind.OldCommunity:
                AddOldCommunity(f, record, draw);
                break;
            case ChannelFactKind.ColdChain or ChannelFactKind.ColdChainFarm:
                AddColdChain(f, record, draw, unit);
                break;
            default:
                return;
        }
        if (f.Chance(MissingShare))
        {
            var keys = record.Facts.Keys.Order(StringComparer.Ordinal).ToList();
            var drop = f.Random.Int(1, Math.Min(2, keys.Count));
            foreach (var key in f.Random.Shuffle(keys).Take(drop).ToList())
            {
                record.Facts.Remove(key);
            }
        }
    }

    /// <summary>
    /// Mostly compounds built by 2000 (the national cut-off), some 2001–2005 (admitted within a share cap in
    /// some provinces) and a few later ones that no channel should accept.
    /// </summary>
    private static void AddOldCommunity(Faker f, ProjectRecord record, PatternDraw draw)
    {
        var builtYear = f.Random.Int(0, 99) switch
        {
            < 75 => f.Random.Int(1985, 2000),
            < 95 => f.Random.Int(2001, 2005),
            _ => f.Random.Int(2006, 2008),
        };
        var started = record.Stage is ProjectStage.NewStart or ProjectStage.Continuing;
        record.Facts[BuiltYear] = FactValue.Of(builtYear);
        record.Facts[Households] = FactValue.Of((int)draw.Size);
        record.Facts[ResidentConsent] = FactValue.Of(f.Ratio(0.60m, 1.00m));
        record.Facts[IsShantyRedevelopment] = FactValue.Of(f.Chance(0.04));
        record.Facts[InAnnualRenovationPlan] = FactValue.Of(f.Chance(started ? 0.95 : 0.75));
        record.Facts[RenovationClass] = FactValue.Choice(f.PickWeighted(RenovationClasses));
    }

    /// <summary>Store capacity in tonnes is roughly a quarter to two fifths of the volume in m³.</summary>
    private static void AddColdChain(Faker f, ProjectRecord record, PatternDraw draw, UnitInfo unit)
    {
        var cubicMetres = (int)draw.Size;
        record.Facts[ColdStorageCubicMetres] = FactValue.Of(cubicMetres);
        record.Facts[ColdStorageTonnes] = FactValue.Of((int)decimal.Floor(cubicMetres * f.Random.Decimal(0.25m, 0.40m)));
        record.Facts[ApplicantKind] = FactValue.Choice(unit.Kind switch
        {
            UnitKind.Cooperative => "农民合作社示范社",
            UnitKind.FamilyFarm => "家庭农场",
            _ => "企业",
        });
    }
}
