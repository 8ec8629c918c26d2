using Reserve.Sdk.Projects;

namespace Reserve.Promotion.Deals;

/// <summary>
/// The industries a deal is filed under: Gansu's “十大生态产业”, the framing the province and Lanzhou use for
/// 招商 and project 谋划 (as the city's industrial-chain work lists them), plus 其他. Each maps to
/// the reserve's 所属领域 for a deal that becomes a project; where no field fits (通道物流, 其他) the mapping is
/// 其他 and the user may name the field on the deal's conversion.
/// </summary>
public static class Industries
{
    private static readonly (string Name, ProjectField Field)[] Map =
    [
        ("节能环保", ProjectField.Ecology),
        ("清洁生产", ProjectField.Industry),
        ("清洁能源", ProjectField.Energy),
        ("先进制造", ProjectField.Industry),
        ("文化旅游", ProjectField.CultureTourism),
        ("通道物流", ProjectField.Other),
        ("循环农业", ProjectField.AgricultureRural),
        ("中医中药", ProjectField.Industry),
        ("数据信息", ProjectField.NewInfrastructure),
        ("军民融合", ProjectField.Industry),
        ("其他", ProjectField.Other),
    ];

    public static IReadOnlyList<string> All { get; } = Map.Select(m => m.Name).ToArray();

    public static bool IsKnown(string? industry) => industry is not null && Array.Exists(Map, m => m.Name == industry);

    /// <summary>所属领域 of the reserve for a deal of this industry.</summary>
    public static ProjectField FieldOf(string industry)
    {
        foreach (var (name, field) in Map)
        {
            if (name == industry)
            {
                return field;
            }
        }
        return ProjectField.Other;
    }
}
