using Reserve.Persistence;

namespace Reserve.Promotion.Storage;

/// <summary>The database the module was registered on.</summary>
internal sealed record PromotionDatabase(DatabaseOptions Options);
