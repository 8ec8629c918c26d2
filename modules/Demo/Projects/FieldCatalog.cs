using Bogus;

namespace Reserve.Demo.Projects;

/// <summary>
/// How often each 所属领域 occurs in a city reserve, and its patterns. The weights lean towards the fields
/// a prefecture-level 发改委 actually collects most of (老旧小区, 市政, 交通, 农业), but every field occurs.
/// </summary>
internal static class FieldCatalog
{
    private static readonly (ProjectPattern[] Patterns, int Weight)[] Fields =
    [
        (Patterns.Transport, 9),
        (Patterns.WaterConservancy, 6),
        (Patterns.Energy, 6),
        (Patterns.MunicipalUtilities, 8),
        (Patterns.OldResidentialCommunities, 12),
        (Patterns.AffordableHousing, 4),
        (Patterns.AgricultureRural, 7),
        (Patterns.Ecology, 6),
        (Patterns.SocialLivelihood, 6),
        (Patterns.PublicHealth, 5),
        (Patterns.NewInfrastructure, 6),
        (Patterns.ColdChainLogistics, 7),
        (Patterns.MaterialReserves, 4),
        (Patterns.Industry, 5),
        (Patterns.Innovation, 2),
        (Patterns.CultureTourism, 5),
        (Patterns.Other, 2),
    ];

    public static IEnumerable<ProjectPattern> All => Fields.SelectMany(f => f.Patterns);

    public static ProjectPattern Pick(Faker f) => f.Pick(f.PickWeighted(Fields));
}
