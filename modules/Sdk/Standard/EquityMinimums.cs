using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// The minimum 资本金 ratio by sector (国发〔2015〕51号 as amended by 国发〔2019〕26号). A project is
/// placed by the longest matching GB/T 4754 industry-code prefix, then by its field, then as
/// "其他项目" (20%).
/// </summary>
public static class EquityMinimums
{
    private static readonly DateOnly Amended2019 = new(2019, 11, 20);

    private sealed record Row(string Sector, string[] IndustryPrefixes, ProjectField[] Fields, decimal Ratio2015, decimal Ratio2019, Confidence Confidence);

    private static readonly Row[] Rows =
    [
        new("港口、沿海及内河航运", ["55"], [], 0.25m, 0.20m, Confidence.Sourced),
        new("机场", ["5631"], [], 0.25m, 0.25m, Confidence.Sourced),
        new("铁路、公路、城市轨道交通", ["53", "54"], [ProjectField.Transport], 0.20m, 0.20m, Confidence.Sourced),
        new("钢铁", ["31"], [], 0.40m, 0.40m, Confidence.CommonlyKnown),
        new("电解铝", ["3216"], [], 0.40m, 0.40m, Confidence.CommonlyKnown),
        new("水泥", ["3011"], [], 0.35m, 0.35m, Confidence.CommonlyKnown),
        new("煤炭", ["06"], [], 0.30m, 0.30m, Confidence.CommonlyKnown),
        new("铁合金", ["3140"], [], 0.30m, 0.30m, Confidence.CommonlyKnown),
        new("焦炭", ["2521"], [], 0.30m, 0.30m, Confidence.CommonlyKnown),
        new("烧碱", ["2612"], [], 0.30m, 0.30m, Confidence.CommonlyKnown),
        new("化肥", ["262"], [], 0.25m, 0.25m, Confidence.CommonlyKnown),
        new("保障性住房", [], [ProjectField.AffordableHousing], 0.20m, 0.20m, Confidence.CommonlyKnown),
        new("其他房地产开发", ["70"], [], 0.25m, 0.25m, Confidence.CommonlyKnown),
    ];

    /// <summary>The sector, minimum ratio and confidence for a project as of a date.</summary>
    public static (string Sector, decimal Minimum, Confidence Confidence) For(ProjectRecord project, DateOnly asOf) =>
        At(SectorOf(project.IndustryCode, project.Field), asOf);

    /// <summary>The same from a snapshot, which placed the project in its sector when it was taken.</summary>
    public static (string Sector, decimal Minimum, Confidence Confidence) For(ProjectSnapshot project, DateOnly asOf) =>
        At(project.EquitySector, asOf);

    /// <summary>The channel fact holding the 专项债券 used as 资本金 (万元); absent or 0 means none is used.</summary>
    public const string BondAsEquityKey = "bondAsEquity";

    /// <summary>
    /// 补短板 infrastructure (国办发〔2018〕101号 areas) whose minimum 国发〔2019〕26号 lets go up to 5 points lower when
    /// returns are reliable.
    /// </summary>
    private static readonly ProjectField[] ShortBoardInfrastructure =
    [
        ProjectField.Transport, ProjectField.WaterConservancy, ProjectField.Energy, ProjectField.MunicipalUtilities,
        ProjectField.AgricultureRural, ProjectField.Ecology, ProjectField.SocialLivelihood, ProjectField.ColdChainLogistics,
    ];

    private const decimal ShortBoardRelief = 0.05m;

    /// <summary>资本金 plus 专项债券 used as capital, over the total investment (the records keep them apart).</summary>
    public static decimal ShareWithBonds(ProjectRecord project) =>
        project.TotalInvestment > 0 ? ((project.Equity ?? 0) + BondAsEquity(project)) / project.TotalInvestment : 0m;

    public static decimal BondAsEquity(ProjectRecord project) =>
        project.TryGetFact(BondAsEquityKey, out var value) && value.Number is > 0m and var amount ? amount : 0m;

    /// <summary>The minimum after the 补短板 relief where it applies (the sector minimum otherwise), never below 0.</summary>
    public static decimal RelievedMinimum(ProjectSnapshot project, DateOnly asOf)
    {
        var minimum = For(project, asOf).Minimum;
        return project.Field is { } field && Array.IndexOf(ShortBoardInfrastructure, field) >= 0 && asOf >= Amended2019
            ? Math.Max(0m, minimum - ShortBoardRelief)
            : minimum;
    }

    /// <summary>
    /// Whether the project's capital meets its minimum: the plain ratio first (no lookup), then with bond capital
    /// and the 补短板 relief.
    /// </summary>
    public static bool Meets(ProjectSnapshot project, DateOnly asOf)
    {
        var minimum = For(project, asOf).Minimum;
        if (project.EquityRatio >= minimum)
        {
            return true;
        }
        return ShareWithBonds(project.Record) >= RelievedMinimum(project, asOf);
    }

    /// <summary>The row a project falls in, or -1 for 其他项目; the sector does not depend on the date, only its ratio.</summary>
    internal static int SectorOf(string? industryCode, ProjectField? field)
    {
        var best = -1;
        var bestLength = 0;
        if (!string.IsNullOrWhiteSpace(industryCode))
        {
            for (var r = 0; r < Rows.Length; r++)
            {
                foreach (var prefix in Rows[r].IndustryPrefixes)
                {
                    if (prefix.Length > bestLength && industryCode.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        best = r;
                        bestLength = prefix.Length;
                    }
                }
            }
        }
        if (best < 0 && field is { } known)
        {
            // A loop, not Array.FindIndex: a lambda capturing the field would allocate on every call.
            for (var r = 0; r < Rows.Length; r++)
            {
                if (Array.IndexOf(Rows[r].Fields, known) >= 0)
                {
                    return r;
                }
            }
        }
        return best;
    }

    private static (string Sector, decimal Minimum, Confidence Confidence) At(int sector, DateOnly asOf)
    {
        if (sector < 0)
        {
            return ("其他项目", 0.20m, Confidence.CommonlyKnown);
        }
        var row = Rows[sector];
        return (row.Sector, asOf >= Amended2019 ? row.Ratio2019 : row.Ratio2015, row.Confidence);
    }
}
