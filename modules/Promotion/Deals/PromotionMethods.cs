namespace Reserve.Promotion.Deals;

/// <summary>
/// The fixed choices of a deal's 招商方式 and of its place on the 产业链 (延链/补链/强链). Both are optional on a
/// deal (deals entered before these fields existed have neither); when given, the value must be one of these.
/// </summary>
public static class PromotionMethods
{
    /// <summary>招商方式.</summary>
    public static IReadOnlyList<string> All { get; } = ["以商招商", "节会招商", "委托招商", "地企联合招商", "网络招商", "驻点招商", "产业链招商", "其他"];

    /// <summary>The deal's link on its 产业链: extends it, fills a gap in it, or strengthens it.</summary>
    public static IReadOnlyList<string> ChainLinks { get; } = ["延链", "补链", "强链"];
}
