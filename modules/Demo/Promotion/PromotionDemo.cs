using Bogus;
using Reserve.Promotion;
using Reserve.Promotion.Deals;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Promotion;

/// <summary>
/// Demo 招商 data for the seed city (嘉峪关): 兰洽会 sessions and推介会, and deals at every stage with dated
/// histories, funds and 履约 checks, some put back a stage with a reason. Deals that have landed are the
/// enterprise projects (by companies) of the demo reserve (<c>DemoProjects.Generate</c>, ids 2027-0001…): their name, investor,
/// department and investment are the project's, and the deal links to its id, as a conversion would have.
/// The same seed, as-of date and reserve give the same data. Event dates are illustrative (the 兰洽会 is held
/// yearly, the 19th in 2013 and the 23rd in 2017), not a published calendar.
/// </summary>
public static class PromotionDemo
{
    public const int DefaultSeed = 20260706;

    /// <summary>The demo's today, the same as the demo reserve's.</summary>
    public static readonly DateOnly DefaultAsOf = new(2026, 10, 15);

    public static PromotionDemoSet Generate(IReadOnlyList<ProjectRecord> reserveProjects, int count = 120, int seed = DefaultSeed, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(reserveProjects);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var today = asOf ?? DefaultAsOf;
        var events = Events(today);
        // Companies only: a 农民专业合作社 or 家庭农场 building its own greenhouses is not a 招商 investor.
        var enterprise = reserveProjects.Where(p => p.Attribute == ProjectAttribute.Enterprise && p.Id is not null && p.Unit.EndsWith("公司", StringComparison.Ordinal)).ToList();
        var composer = new DealComposer(today, events, enterprise);
        var deals = count == 0 ? [] : new Faker<Deal>().UseSeed(seed).CustomInstantiator(composer.Compose).Generate(count);
        return new PromotionDemoSet(events, deals);
    }

    /// <summary>The 兰洽会 sessions of the four years up to <paramref name="today"/> and two city推介会.</summary>
    private static List<PromotionEvent> Events(DateOnly today)
    {
        var events = new List<PromotionEvent>();
        // The session number follows the yearly rhythm (19th in 2013): session = year − 1994.
        var lastYear = today.Month >= 8 ? today.Year : today.Year - 1;
        for (var year = lastYear - 3; year <= lastYear; year++)
        {
            events.Add(new PromotionEvent { Name = $"第{Numerals.Chinese(year - 1994)}届兰洽会", HeldOn = new DateOnly(year, 7, 6), Place = "兰州", Kind = "兰洽会" });
        }
        events.Add(new PromotionEvent { Name = $"{lastYear - 1}年嘉峪关市重点产业链招商推介会", HeldOn = new DateOnly(lastYear - 1, 4, 18), Place = "嘉峪关", Kind = "推介会" });
        events.Add(new PromotionEvent { Name = $"{lastYear}年长三角地区招商推介会", HeldOn = new DateOnly(lastYear, 5, 22), Place = "上海", Kind = "推介会" });
        events.Sort((a, b) => a.HeldOn.CompareTo(b.HeldOn));
        for (var i = 0; i < events.Count; i++)
        {
            events[i].Id = i + 1;
        }
        return events;
    }
}

/// <summary>Chinese numerals for session numbers up to 99 (第三十届).</summary>
internal static class Numerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Chinese(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        if (n < 10)
        {
            return Digits[n];
        }
        var tens = n / 10 == 1 ? "十" : Digits[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + Digits[n % 10];
    }
}
