using Microsoft.EntityFrameworkCore;

namespace Reserve.Review.Storage;

/// <summary>The same tables on PostgreSQL, with their own migrations (Storage/Migrations/Postgres); see docs/storage.md.</summary>
internal sealed class PostgresReviewDbContext(DbContextOptions<PostgresReviewDbContext> options) : ReviewDbContext(options);
