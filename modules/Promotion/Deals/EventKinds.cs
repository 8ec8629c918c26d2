namespace Reserve.Promotion.Deals;

/// <summary>
/// The kinds of 招商 event a deal is signed at. Optional on an event (events entered before the kind existed have
/// none); when given, one of these.
/// </summary>
public static class EventKinds
{
    public static IReadOnlyList<string> All { get; } = ["兰洽会", "推介会", "集中签约", "网络招商", "投资洽谈会", "其他"];
}
