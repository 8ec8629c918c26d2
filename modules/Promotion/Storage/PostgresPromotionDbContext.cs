using Microsoft.EntityFrameworkCore;

namespace Reserve.Promotion.Storage;

/// <summary>The same tables on PostgreSQL, with their own migrations (Storage/Migrations/Postgres).</summary>
internal sealed class PostgresPromotionDbContext(DbContextOptions<PostgresPromotionDbContext> options) : PromotionDbContext(options);
