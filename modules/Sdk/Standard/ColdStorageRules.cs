using System.Globalization;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>The minimum size of a single cold store, as the cold-chain channels check it.</summary>
public static class ColdStorageRules
{
    /// <summary>
    /// Either measure suffices, so one failing measure with the other unknown is still unknown; a negative size is
    /// a bad entry and reads as missing. Not applicable before the minimum is in force: the sources only say
    /// "later years". The caller words the title, as its source dates the minimum.
    /// </summary>
    public static EligibilityRule MinimumSize(string id, string title, PolicySource source,
        DatedParameter<decimal> minTonnes, DatedParameter<decimal> minCubicMetres) =>
        Rule.Hard(id, title)
            .From(source)
            .AppliesWhen((p, c) => minTonnes.TryAt(c.AsOf, out _) && minCubicMetres.TryAt(c.AsOf, out _))
            .Evaluate((p, c) =>
            {
                var tonnes = Size(p, ColdStorageFacts.TonnesFact);
                var cubic = Size(p, ColdStorageFacts.CubicMetresFact);
                if (tonnes >= minTonnes.At(c.AsOf) || cubic >= minCubicMetres.At(c.AsOf))
                {
                    return RuleVerdict.Pass;
                }
                return (tonnes, cubic) switch
                {
                    (null, null) => c.Unknown(ColdStorageFacts.Tonnes, ColdStorageFacts.CubicMetres),
                    (null, _) => c.Unknown(ColdStorageFacts.Tonnes),
                    (_, null) => c.Unknown(ColdStorageFacts.CubicMetres),
                    _ => RuleVerdict.Fail,
                };
            })
            .Fail((p, c) =>
                $"冷库库容 {Number(Size(p, ColdStorageFacts.TonnesFact) ?? 0)}吨、容积 {Number(Size(p, ColdStorageFacts.CubicMetresFact) ?? 0)}立方米，" +
                $"低于{c.AsOf.Year}年要求的库容 {Number(minTonnes.At(c.AsOf))}吨或容积 {Number(minCubicMetres.At(c.AsOf))}立方米（满足其一即可）")
            .Build();

    private static decimal? Size(Projects.ProjectRecord p, FactDescriptor fact) => FactReaders.Number(p, fact) is >= 0 and var size ? size : null;

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
