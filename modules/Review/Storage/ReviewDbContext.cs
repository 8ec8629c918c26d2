using Microsoft.EntityFrameworkCore;

namespace Reserve.Review.Storage;

/// <summary>The review's own tables (prefix <c>review_</c>, own migrations history).</summary>
internal class ReviewDbContext : DbContext
{
    public ReviewDbContext(DbContextOptions<ReviewDbContext> options)
        : base(options)
    {
    }

    // For the PostgreSQL subclass, which has its own migrations.
    protected ReviewDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string HistoryTable = "__review_migrations";

    public DbSet<SubmissionRow> Submissions => Set<SubmissionRow>();
    public DbSet<ProjectReviewRow> ProjectReviews => Set<ProjectReviewRow>();
    public DbSet<ReviewEventRow> Events => Set<ReviewEventRow>();
    public DbSet<DecisionRow> Decisions => Set<DecisionRow>();
    public DbSet<DecisionProjectRow> DecisionProjects => Set<DecisionProjectRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var submission = modelBuilder.Entity<SubmissionRow>();
        submission.ToTable("review_submissions");
        submission.HasKey(s => new { s.Year, s.Department });
        submission.Property(s => s.Department).HasMaxLength(50);
        submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        submission.Property(s => s.SubmittedBy).HasMaxLength(50);
        submission.Property(s => s.ReturnReason).HasMaxLength(500);
        submission.Property(s => s.UpdatedBy).HasMaxLength(50);
        submission.Property(s => s.Version).IsConcurrencyToken();

        var review = modelBuilder.Entity<ProjectReviewRow>();
        review.ToTable("review_projects");
        review.HasKey(r => r.ProjectId);
        review.Property(r => r.ProjectId).HasMaxLength(32);
        review.Property(r => r.Department).HasMaxLength(50);
        review.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        review.Property(r => r.Reason).HasMaxLength(500);
        review.Property(r => r.Reviewer).HasMaxLength(50);
        review.Property(r => r.Version).IsConcurrencyToken();
        review.HasIndex(r => r.Department);

        var events = modelBuilder.Entity<ReviewEventRow>();
        events.ToTable("review_events");
        events.HasKey(e => e.Id);
        events.Property(e => e.Department).HasMaxLength(50);
        events.Property(e => e.ProjectId).HasMaxLength(32);
        events.Property(e => e.Action).HasMaxLength(30);
        events.Property(e => e.Reason).HasMaxLength(500);
        events.Property(e => e.Actor).HasMaxLength(50);
        events.HasIndex(e => e.Department);

        var decision = modelBuilder.Entity<DecisionRow>();
        decision.ToTable("review_decisions");
        decision.HasKey(d => d.Year);
        decision.Property(d => d.Year).ValueGeneratedNever();
        decision.Property(d => d.Verdict).HasConversion<string>().HasMaxLength(20);
        decision.Property(d => d.DocNumber).HasMaxLength(100);
        decision.Property(d => d.Note).HasMaxLength(500);
        decision.Property(d => d.RecordedBy).HasMaxLength(50);
        decision.Property(d => d.Version).IsConcurrencyToken();

        var decided = modelBuilder.Entity<DecisionProjectRow>();
        decided.ToTable("review_decision_projects");
        decided.HasKey(d => new { d.Year, d.ProjectId });
        decided.Property(d => d.ProjectId).HasMaxLength(32);
        decided.Property(d => d.Effect).HasConversion<string>().HasMaxLength(20);
        decided.HasIndex(d => d.ProjectId);
    }
}
