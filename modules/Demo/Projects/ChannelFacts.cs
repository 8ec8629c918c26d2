using Bogus;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Projects;

/// <summary>
/// The channel facts (渠道要素) of the project record for 老旧小区改造 and 冷链物流, keyed as the channel
/// plugins declare them, plus the application facts of <see cref="ApplicationFacts"/>. About one record in
/// ten leaves one or two facts out on purpose: unknown is not false, and the engine must answer 待补充信息.
/// <para>Which keys are finally kept is the <see cref="FactFilter"/>'s call: the importer rejects facts no
/// active channel declares.</para>
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

    public static void Add(Faker f, ProjectRecord record, ProjectPattern pattern, PatternDraw draw, UnitInfo unit, FactFilter filter)
    {
        switch (pattern.Facts)
        {
            case ChannelFactKind.OldCommunity:
                AddOldCommunity(f, record, draw);
                break;
            case ChannelFactKind.ColdChain or ChannelFactKind.ColdChainFarm:
                AddColdChain(f, record, draw, unit);
                break;
        }
        ApplicationFacts.Add(f, record, pattern);
        if (record.Facts.Count > 0 && f.Chance(MissingShare))
        {
            var keys = record.Facts.Keys.Order(StringComparer.Ordinal).ToList();
            var drop = f.Random.Int(1, Math.Min(2, keys.Count));
            foreach (var key in f.Random.Shuffle(keys).Take(drop).ToList())
            {
                record.Facts.Remove(key);
            }
        }
        // Filtered after the draws, so that the choice of keys changes those keys only, not the random sequence.
        filter.Apply(record.Facts);
    }

    /// <summary>
    /// Mostly compounds built by 2000 (the national cut-off), some 2001–2005 (admitted within a share cap in
    /// some provinces) and a few later ones that no channel should accept.
    /// </summary>
    private static void AddOldCommunity(Faker f, ProjectRecord record, PatternDraw draw)
    {
        var builtYear = f.Random.Int(0, 99) switch
        {
            < 85 => f.Random.Int(1985, 2000),
            < 97 => f.Random.Int(2001, 2005),
            _ => f.Random.Int(2006, 2008),
        };
        // Consent is usually high once a compound is put forward; about one in ten falls under two thirds.
        var u = f.Random.Decimal(0m, 1m);
        var started = record.Stage is ProjectStage.NewStart or ProjectStage.Continuing;
        record.Facts[BuiltYear] = FactValue.Of(builtYear);
        record.Facts[Households] = FactValue.Of((int)draw.Size);
        record.Facts[ResidentConsent] = FactValue.Of(Money.Round2(1.00m - 0.40m * u * u));
        record.Facts[IsShantyRedevelopment] = FactValue.Of(f.Chance(0.04));
        record.Facts[InAnnualRenovationPlan] = FactValue.Of(f.Chance(started ? 0.95 : 0.8));
        record.Facts[RenovationClass] = FactValue.Choice(f.PickWeighted(RenovationClasses));
    }

    /// <summary>Store capacity in tonnes is roughly a quarter to two fifths of the volume in m³.</summary>
    private static void AddColdChain(Faker f, ProjectRecord record, PatternDraw draw, UnitInfo unit)
    {
        var cubicMetres = (int)draw.Size;
        record.Facts[ColdStorageCubicMetres] = FactValue.Of(cubicMetres);
        record.Facts[ColdStorageTonnes] = FactValue.Of((int)decimal.Floor(cubicMetres * f.Random.Decimal(0.25m, 0.40m)));
        // The farm programme takes only 示范 farms and cooperatives, so both kinds occur.
        record.Facts[ApplicantKind] = FactValue.Choice(unit.Kind switch
        {
            UnitKind.Cooperative => f.Chance(0.7) ? "农民合作社示范社" : "农民合作社",
            UnitKind.FamilyFarm => f.Chance(0.6) ? "县级以上示范家庭农场" : "家庭农场",
            _ => "企业",
        });
    }
}

/// <summary>
/// Keeps the facts the caller can import: the given keys, or by default every key except
/// <c>applicantKind</c>, which no channel declares yet.
/// </summary>
internal sealed class FactFilter(IReadOnlyCollection<string>? keys)
{
    private readonly HashSet<string>? _keys = keys is null ? null : new HashSet<string>(keys, StringComparer.Ordinal);

    public bool Keeps(string key) => _keys?.Contains(key) ?? key != ChannelFacts.ApplicantKind;

    public void Apply(Dictionary<string, FactValue> facts)
    {
        foreach (var key in facts.Keys.Where(k => !Keeps(k)).ToList())
        {
            facts.Remove(key);
        }
    }
}
