using Microsoft.EntityFrameworkCore;
using Reserve.Instructions.Notifications;

namespace Reserve.Instructions.Storage;

/// <summary>
/// The module's own tables (prefix <c>instructions_</c>, own migrations history): instructions with their answers,
/// their audit, each user's notifications and e-mail address.
/// </summary>
internal class InstructionsDbContext : DbContext
{
    public InstructionsDbContext(DbContextOptions<InstructionsDbContext> options)
        : base(options)
    {
    }

    // For the PostgreSQL subclass, which has its own migrations.
    protected InstructionsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string HistoryTable = "__instructions_migrations";

    public DbSet<InstructionRow> Instructions => Set<InstructionRow>();
    public DbSet<AnswerRow> Answers => Set<AnswerRow>();
    public DbSet<InstructionAuditRow> Audit => Set<InstructionAuditRow>();
    public DbSet<NotificationRow> Notifications => Set<NotificationRow>();
    public DbSet<MailAddressRow> MailAddresses => Set<MailAddressRow>();
    public DbSet<MailAuditRow> MailAudit => Set<MailAuditRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var instruction = modelBuilder.Entity<InstructionRow>();
        instruction.ToTable("instructions_instructions");
        instruction.HasKey(i => i.Id);
        instruction.Property(i => i.SubjectKind).HasConversion<string>().HasMaxLength(20);
        instruction.Property(i => i.SubjectId).HasMaxLength(40).IsRequired();
        instruction.Property(i => i.SubjectTitle).HasMaxLength(200).IsRequired();
        instruction.Property(i => i.SubjectLink).HasMaxLength(300).IsRequired();
        instruction.Property(i => i.Text).HasMaxLength(InstructionRules.TextLength).IsRequired();
        instruction.Property(i => i.OwnerDepartment).HasMaxLength(50).IsRequired();
        instruction.Property(i => i.AuthorLogin).HasMaxLength(64).IsRequired();
        instruction.Property(i => i.AuthorName).HasMaxLength(100).IsRequired();
        instruction.Property(i => i.State).HasConversion<string>().HasMaxLength(10);
        instruction.Property(i => i.WithdrawReason).HasMaxLength(InstructionRules.ReasonLength);
        instruction.Property(i => i.Version).IsConcurrencyToken();
        instruction.HasMany(i => i.Answers).WithOne().HasForeignKey(a => a.InstructionId);
        // The lists: a department's open ones by due date, a leader's own, the dashboards' overdue ones per kind.
        instruction.HasIndex(i => new { i.OwnerDepartment, i.State, i.DueOn });
        instruction.HasIndex(i => new { i.AuthorLogin, i.State, i.DueOn });
        instruction.HasIndex(i => new { i.State, i.DueOn, i.SubjectKind });
        instruction.HasIndex(i => new { i.SubjectKind, i.SubjectId });

        var answer = modelBuilder.Entity<AnswerRow>();
        answer.ToTable("instructions_answers");
        answer.HasKey(a => a.Id);
        answer.Property(a => a.Text).HasMaxLength(InstructionRules.TextLength).IsRequired();
        answer.Property(a => a.Login).HasMaxLength(64).IsRequired();
        answer.Property(a => a.Name).HasMaxLength(100).IsRequired();

        var audit = modelBuilder.Entity<InstructionAuditRow>();
        audit.ToTable("instructions_audit");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Action).HasMaxLength(40);
        audit.Property(a => a.User).HasMaxLength(100);
        audit.HasIndex(a => a.InstructionId);

        var notification = modelBuilder.Entity<NotificationRow>();
        notification.ToTable("instructions_notifications");
        notification.HasKey(n => n.Id);
        notification.Property(n => n.Login).HasMaxLength(64).IsRequired();
        notification.Property(n => n.Key).HasMaxLength(200).IsRequired();
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        notification.Property(n => n.Title).HasMaxLength(300).IsRequired();
        notification.Property(n => n.Link).HasMaxLength(300).IsRequired();
        // One notification per user and occasion, whoever asks and however often: the index is what keeps it so.
        notification.HasIndex(n => new { n.Login, n.Key }).IsUnique();
        notification.HasIndex(n => new { n.Login, n.ReadAtUtc, n.CreatedAtUtc });
        notification.HasIndex(n => n.MailedAtUtc);

        var mail = modelBuilder.Entity<MailAddressRow>();
        mail.ToTable("instructions_mail_addresses");
        mail.HasKey(m => m.Login);
        mail.Property(m => m.Login).HasMaxLength(64);
        mail.Property(m => m.Address).HasMaxLength(200).IsRequired();
        mail.Property(m => m.Version).IsConcurrencyToken();

        // Each user's address changes, read only by that user (an address is not shown to anyone else).
        var mailAudit = modelBuilder.Entity<MailAuditRow>();
        mailAudit.ToTable("instructions_mail_audit");
        mailAudit.HasKey(a => a.Id);
        mailAudit.Property(a => a.Login).HasMaxLength(64).IsRequired();
        mailAudit.Property(a => a.User).HasMaxLength(100).IsRequired();
        mailAudit.Property(a => a.Before).HasMaxLength(200);
        mailAudit.Property(a => a.After).HasMaxLength(200);
        mailAudit.HasIndex(a => new { a.Login, a.Id });
    }
}

internal sealed class InstructionRow
{
    public long Id { get; set; }
    public SubjectKind SubjectKind { get; set; }
    public string SubjectId { get; set; } = "";
    public string SubjectTitle { get; set; } = "";
    public string SubjectLink { get; set; } = "";
    public string Text { get; set; } = "";
    public string OwnerDepartment { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public string AuthorLogin { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public InstructionState State { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public DateTime? WithdrawnAtUtc { get; set; }
    public string? WithdrawReason { get; set; }
    public int Version { get; set; }
    public List<AnswerRow> Answers { get; set; } = [];
}

internal sealed class AnswerRow
{
    public long Id { get; set; }
    public long InstructionId { get; set; }
    public string Text { get; set; } = "";
    public bool Closes { get; set; }
    public string Login { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTime AtUtc { get; set; }
}

internal sealed class InstructionAuditRow
{
    public long Id { get; set; }
    public long InstructionId { get; set; }
    public string Action { get; set; } = "";
    public string User { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

internal sealed class NotificationRow
{
    public long Id { get; set; }
    public string Login { get; set; } = "";
    public string Key { get; set; } = "";
    public ReminderKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string Link { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
    public DateTime? MailedAtUtc { get; set; }
}

/// <summary>A user's address; empty when they turned mail off (the row stays, so its version keeps counting).</summary>
internal sealed class MailAddressRow
{
    public string Login { get; set; } = "";
    public string Address { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
}

internal sealed class MailAuditRow
{
    public long Id { get; set; }
    public string Login { get; set; } = "";
    public string User { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
