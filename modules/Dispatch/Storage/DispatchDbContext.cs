using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Reserve.Dispatch.Storage;

/// <summary>
/// The dispatch module's own tables (prefix <c>dispatch_</c>, own migrations history <c>__dispatch_migrations</c>).
/// Lists are JSON text columns; enums are stored by name; money is decimal(18,4): nothing here is specific to
/// SQLite, so the PostgreSQL migrations (<see cref="PostgresDispatchDbContext"/>) come from the same model.
/// </summary>
internal class DispatchDbContext : DbContext
{
    public DispatchDbContext(DbContextOptions<DispatchDbContext> options)
        : base(options)
    {
    }

    // For the PostgreSQL subclass, which has its own migrations.
    protected DispatchDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string HistoryTable = "__dispatch_migrations";
    public const string VersionProperty = "Version";
    public const string UpdatedAtProperty = "UpdatedAtUtc";
    public const string UpdatedByProperty = "UpdatedBy";

    public DbSet<PlanProject> PlanProjects => Set<PlanProject>();
    public DbSet<PeriodReport> Reports => Set<PeriodReport>();
    public DbSet<StartPlan> StartPlans => Set<StartPlan>();
    public DbSet<DispatchTarget> Targets => Set<DispatchTarget>();
    public DbSet<DispatchAuditRow> Audit => Set<DispatchAuditRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var plan = modelBuilder.Entity<PlanProject>();
        plan.ToTable("dispatch_plan_projects");
        plan.HasKey(p => p.Id);
        plan.Property(p => p.ReserveProjectId).HasMaxLength(32).IsRequired();
        plan.Property(p => p.OwnerUnit).HasMaxLength(100).IsRequired();
        plan.Property(p => p.Name).HasMaxLength(100).IsRequired();
        plan.Property(p => p.Department).HasMaxLength(50).IsRequired();
        plan.Property(p => p.Leader).HasMaxLength(50).IsRequired();
        plan.Property(p => p.Field).HasConversion<string>().HasMaxLength(30);
        plan.Property(p => p.Tier).HasConversion<string>().HasMaxLength(30);
        plan.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        plan.Property(p => p.AnnualPlanInvestment).HasPrecision(18, 4);
        plan.Property(p => p.PriorYearCumulative).HasConversion(DispatchJson.Converter<List<decimal>>(), DispatchJson.Comparer<List<decimal>>());
        plan.Ignore(p => p.PriorYearCompleted);
        plan.Ignore(p => p.ReportsFrom);
        Versioned(plan);
        // A reserve project is on a year's plan once; projects put on the plan without one have an empty link.
        plan.HasIndex(p => new { p.Year, p.ReserveProjectId }).IsUnique().HasFilter("\"ReserveProjectId\" <> ''");
        plan.HasIndex(p => p.ReserveProjectId);
        plan.HasIndex(p => new { p.Year, p.Department });

        var report = modelBuilder.Entity<PeriodReport>();
        report.ToTable("dispatch_reports");
        report.HasKey(r => r.Id);
        report.Property(r => r.Cadence).HasConversion<string>().HasMaxLength(20);
        report.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        report.Property(r => r.InvestmentThisPeriod).HasPrecision(18, 4);
        report.Property(r => r.InvestmentCumulative).HasPrecision(18, 4);
        report.Property(r => r.ProgressPercent).HasPrecision(7, 2);
        report.Property(r => r.ProgressText).HasMaxLength(500).IsRequired();
        report.Property(r => r.Problems).HasMaxLength(1000);
        report.Property(r => r.Coordination).HasConversion(DispatchJson.Converter<List<CoordinationItem>>(), DispatchJson.Comparer<List<CoordinationItem>>());
        report.Property(r => r.FundsArrived).HasConversion(DispatchJson.Converter<List<FundsArrived>>(), DispatchJson.Comparer<List<FundsArrived>>());
        report.Ignore(r => r.Period);
        Versioned(report);
        report.HasOne<PlanProject>().WithMany().HasForeignKey(r => r.PlanProjectId).OnDelete(DeleteBehavior.Restrict);
        report.HasIndex(r => new { r.PlanProjectId, r.Cadence, r.PeriodStart }).IsUnique();
        report.HasIndex(r => r.PeriodEnd);

        var start = modelBuilder.Entity<StartPlan>();
        start.ToTable("dispatch_start_plans");
        start.HasKey(s => s.Id);
        start.Property(s => s.Cause).HasMaxLength(1000).IsRequired();
        start.Property(s => s.Measures).HasMaxLength(2000).IsRequired();
        start.Property(s => s.Milestones).HasConversion(DispatchJson.Converter<List<Milestone>>(), DispatchJson.Comparer<List<Milestone>>());
        Versioned(start);
        start.HasOne<PlanProject>().WithMany().HasForeignKey(s => s.PlanProjectId).OnDelete(DeleteBehavior.Restrict);
        start.HasIndex(s => s.PlanProjectId).IsUnique();

        var target = modelBuilder.Entity<DispatchTarget>();
        target.ToTable("dispatch_targets");
        target.HasKey(t => t.Id);
        target.Property(t => t.StartOrResumeRatePercent).HasPrecision(7, 2);
        target.Property(t => t.GrowthPercent).HasPrecision(7, 2);
        target.Property(t => t.PriorYearStartOrResumeRatePercent).HasPrecision(7, 2);
        target.Property(t => t.PriorYearGrowthPercent).HasPrecision(7, 2);
        target.Property(t => t.PriorYearInvestment).HasPrecision(18, 4);
        target.Property(t => t.Basis).HasMaxLength(200);
        Versioned(target);
        target.HasIndex(t => t.Year).IsUnique();

        var audit = modelBuilder.Entity<DispatchAuditRow>();
        audit.ToTable("dispatch_audit");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Entity).HasMaxLength(20);
        audit.Property(a => a.Action).HasMaxLength(20);
        audit.Property(a => a.User).HasMaxLength(100);
        audit.HasIndex(a => new { a.Entity, a.EntityId });
    }

    private static void Versioned<T>(EntityTypeBuilder<T> entity) where T : class
    {
        entity.Property<int>(VersionProperty).IsConcurrencyToken();
        entity.Property<DateTime>(UpdatedAtProperty);
        entity.Property<string>(UpdatedByProperty).HasMaxLength(100);
    }
}
