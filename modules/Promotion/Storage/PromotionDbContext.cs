using Microsoft.EntityFrameworkCore;
using Reserve.Promotion.Deals;

namespace Reserve.Promotion.Storage;

/// <summary>
/// The 招商 module's own tables (prefix <c>promotion_</c>, own migrations history). A deal's dated lists (stage
/// changes, funds, 履约 checks) are JSON columns of its row: the deal is read and written whole, and JSON columns
/// map the same on SQLite and PostgreSQL.
/// </summary>
internal class PromotionDbContext : DbContext
{
    public PromotionDbContext(DbContextOptions<PromotionDbContext> options)
        : base(options)
    {
    }

    // For the PostgreSQL subclass, which has its own migrations.
    protected PromotionDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string HistoryTable = "__promotion_migrations";
    public const string VersionProperty = "Version";
    public const string UpdatedAtProperty = "UpdatedAtUtc";
    public const string UpdatedByProperty = "UpdatedBy";
    public const string CreatedAtProperty = "CreatedAtUtc";

    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<PromotionEvent> Events => Set<PromotionEvent>();
    public DbSet<PromotionAuditRow> Audit => Set<PromotionAuditRow>();
    public DbSet<DealFact> Facts => Set<DealFact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var deal = modelBuilder.Entity<Deal>();
        deal.ToTable("promotion_deals");
        deal.HasKey(d => d.Id);
        deal.Property(d => d.Name).HasMaxLength(100).IsRequired();
        deal.Property(d => d.Investor).HasMaxLength(200).IsRequired();
        deal.Property(d => d.InvestorCreditCode).HasMaxLength(18);
        deal.Property(d => d.Industry).HasMaxLength(20).IsRequired();
        deal.Property(d => d.Department).HasMaxLength(200).IsRequired();
        deal.Property(d => d.FollowedBy).HasMaxLength(200).IsRequired();
        deal.Property(d => d.ContractInvestment).HasPrecision(18, 4);
        deal.Property(d => d.Region).HasMaxLength(6);
        deal.Property(d => d.Address).HasMaxLength(200);
        deal.Property(d => d.Method).HasMaxLength(20);
        deal.Property(d => d.Park).HasMaxLength(200);
        deal.Property(d => d.Chain).HasMaxLength(200);
        deal.Property(d => d.ChainLink).HasMaxLength(10);
        deal.Property(d => d.Scale).HasMaxLength(2000).IsRequired();
        deal.Property(d => d.Stage).HasConversion<string>().HasMaxLength(20);
        deal.Property(d => d.ProjectId).HasMaxLength(32);
        deal.OwnsMany(d => d.History, h =>
        {
            h.ToJson("history");
            h.Property(c => c.From).HasConversion<string>();
            h.Property(c => c.To).HasConversion<string>();
        });
        deal.OwnsMany(d => d.Funds, f =>
        {
            f.ToJson("funds");
            f.Property(a => a.Amount).HasPrecision(18, 4);
        });
        deal.OwnsMany(d => d.Checks, c => c.ToJson("checks"));
        deal.OwnsMany(d => d.Support, g =>
        {
            g.ToJson("support");
            g.Property(a => a.Amount).HasPrecision(18, 4);
        });
        deal.HasOne<PromotionEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Restrict);
        deal.Property<int>(VersionProperty).IsConcurrencyToken();
        deal.Property<DateTime>(CreatedAtProperty);
        deal.Property<DateTime>(UpdatedAtProperty);
        deal.Property<string>(UpdatedByProperty).HasMaxLength(100);
        deal.HasIndex(d => d.Department);
        deal.HasIndex(d => d.Industry);
        deal.HasIndex(d => d.Stage);
        deal.HasIndex(d => d.ProjectId);
        deal.HasIndex(d => d.Park);
        deal.HasIndex(d => d.Method);
        deal.HasIndex(d => d.Chain);

        var promotionEvent = modelBuilder.Entity<PromotionEvent>();
        promotionEvent.ToTable("promotion_events");
        promotionEvent.HasKey(e => e.Id);
        promotionEvent.Property(e => e.Name).HasMaxLength(100).IsRequired();
        promotionEvent.Property(e => e.Place).HasMaxLength(100);
        promotionEvent.Property(e => e.Kind).HasMaxLength(20);
        promotionEvent.Property<int>(VersionProperty).IsConcurrencyToken();
        promotionEvent.HasIndex(e => e.Name).IsUnique();

        var fact = modelBuilder.Entity<DealFact>();
        fact.ToTable("promotion_deal_facts");
        fact.HasKey(f => f.Id);
        fact.Property(f => f.Amount).HasPrecision(18, 4);
        fact.HasOne<Deal>().WithMany().HasForeignKey(f => f.DealId).OnDelete(DeleteBehavior.Cascade);
        // Every metric reads a deal's spans through (DealId, Kind). No index starts with Kind: a kind holds a third of
        // the rows and nearly all of them began before the as-of date, yet SQLite (without statistics) preferred
        // (Kind, From) for the per-deal look-up and scanned every check span once per signed deal (minutes at 100,000 deals).
        fact.HasIndex(f => new { f.DealId, f.Kind });

        var audit = modelBuilder.Entity<PromotionAuditRow>();
        audit.ToTable("promotion_audit");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Entity).HasMaxLength(20);
        audit.Property(a => a.Action).HasMaxLength(40);
        audit.Property(a => a.User).HasMaxLength(100);
        audit.HasIndex(a => new { a.Entity, a.EntityId });
    }
}
