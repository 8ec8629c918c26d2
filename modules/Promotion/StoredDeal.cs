using Reserve.Promotion.Deals;

namespace Reserve.Promotion;

/// <summary>A deal as stored, with the version a later change must name (concurrency token) and its event's name.</summary>
public sealed record StoredDeal(Deal Deal, int Version, DateTime UpdatedAtUtc, string UpdatedBy, string? EventName);

/// <summary>An event as stored, with its version.</summary>
public sealed record StoredEvent(PromotionEvent Event, int Version);

/// <summary>One change a user made to a deal or an event: who, when, what, and the JSON before and after.</summary>
public sealed record PromotionAuditEntry(long Id, string Entity, long EntityId, string Action, string User, DateTime AtUtc, string? Before, string? After);

/// <summary>An event with the number of deals signed at it.</summary>
public sealed record EventSummary(StoredEvent Stored, int Deals);

/// <summary>One page of a list and how many items the whole list has.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);

/// <summary>The free-text dimensions of a deal whose values in use are offered as choices.</summary>
public enum DealDimension
{
    Park,
    Chain,
}

/// <summary>Which deals to list.</summary>
public sealed record DealQuery(
    string? Department = null,
    string? Industry = null,
    long? EventId = null,
    DealStage? Stage = null,
    string? Search = null,
    int Skip = 0,
    int Take = 50,
    string? Park = null,
    string? Method = null,
    string? Chain = null);
