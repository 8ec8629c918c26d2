using Reserve.Promotion.Deals;

namespace Reserve.Promotion;

/// <summary>Demo events and deals as the demo hands them to <see cref="IPromotionService.SeedDemoAsync"/>: events carry
/// ids 1…n, deals refer to them and carry id 0 until stored.</summary>
public sealed record PromotionDemoSet(IReadOnlyList<PromotionEvent> Events, IReadOnlyList<Deal> Deals);
