using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Reserve.Instructions.Notifications;
using Reserve.Persistence;

namespace Reserve.Instructions.Storage;

internal sealed class InstructionService(IDbContextFactory<InstructionsDbContext> contexts, INotificationCentre centre, TimeProvider clock, ChangeStamps stamps) : IInstructionService
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<Outcome<InstructionView>> CreateAsync(InstructionSubject subject, InstructionDraft draft, IReadOnlyCollection<string> departments, Actor author,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(author);
        var problems = InstructionRules.Check(draft, departments, Today);
        if (problems.Count > 0)
        {
            return Outcome<InstructionView>.Refused(problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new InstructionRow
        {
            SubjectKind = subject.Kind,
            SubjectId = subject.Id,
            SubjectTitle = Clip(subject.Title, 200),
            SubjectLink = subject.Link,
            Text = draft.Text!.Trim(),
            OwnerDepartment = draft.OwnerDepartment!.Trim(),
            DueOn = draft.DueOn!.Value,
            AuthorLogin = author.Login,
            AuthorName = author.Name,
            CreatedAtUtc = now,
            State = InstructionState.Open,
            Version = 1,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Instructions.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit.Add(new InstructionAuditRow { InstructionId = row.Id, Action = "批示", User = author.Name, AtUtc = now, After = Snapshot(row) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await centre.NotifyAsync(new Reminder($"instruction:{row.Id}:written", ReminderKind.InstructionWritten,
            $"{author.Name}对{ZhKind(row.SubjectKind)}“{row.SubjectTitle}”作出批示，请于 {row.DueOn:yyyy-MM-dd} 前办理", LinkOf(row.Id),
            new ReminderAudience(Department: row.OwnerDepartment)), cancellationToken);
        return Outcome<InstructionView>.Ok(View(row, Today));
    }

    public IReadOnlyList<Problem> Check(InstructionDraft draft, IReadOnlyCollection<string> departments) => InstructionRules.Check(draft, departments, Today);

    public async Task<Outcome<InstructionView>> AnswerAsync(long id, AnswerDraft draft, int expectedVersion, Actor author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(author);
        var problems = InstructionRules.Check(draft);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Instructions.Include(i => i.Answers).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (row is null)
        {
            return Outcome<InstructionView>.NotFound();
        }
        if (row.Version != expectedVersion)
        {
            return Outcome<InstructionView>.Conflicted($"该批示已被他人更新（您看到的是第 {expectedVersion} 版，现为第 {row.Version} 版），请刷新后再答复");
        }
        if (row.State != InstructionState.Open)
        {
            problems.Insert(0, new Problem("办理状态", row.State == InstructionState.Closed ? "该批示已办结，不能再答复" : "该批示已撤回，无需再答复"));
        }
        if (problems.Count > 0)
        {
            return Outcome<InstructionView>.Refused(problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var before = Snapshot(row);
        var answer = new AnswerRow { Text = draft.Text!.Trim(), Closes = draft.Closes, Login = author.Login, Name = author.Name, AtUtc = now };
        row.Answers.Add(answer);
        if (draft.Closes)
        {
            row.State = InstructionState.Closed;
            row.ClosedAtUtc = now;
        }
        row.Version++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<InstructionView>.Conflicted("该批示刚被他人更新，请刷新后再答复");
        }
        db.Audit.Add(new InstructionAuditRow { InstructionId = row.Id, Action = draft.Closes ? "答复并办结" : "答复", User = author.Name, AtUtc = now, Before = before, After = Snapshot(row) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await centre.NotifyAsync(new Reminder($"instruction:{row.Id}:answer:{answer.Id}", ReminderKind.InstructionAnswered,
            $"{row.OwnerDepartment}{(draft.Closes ? "已办结" : "已答复")}您对“{row.SubjectTitle}”的批示", LinkOf(row.Id),
            new ReminderAudience(Login: row.AuthorLogin)), cancellationToken);
        return Outcome<InstructionView>.Ok(View(row, Today));
    }

    public async Task<Outcome<InstructionView>> UpdateAsync(long id, InstructionDraft draft, IReadOnlyCollection<string> departments, int expectedVersion, Actor editor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(editor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Instructions.Include(i => i.Answers).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (row is null)
        {
            return Outcome<InstructionView>.NotFound();
        }
        if (row.Version != expectedVersion)
        {
            return Outcome<InstructionView>.Conflicted(Stale(expectedVersion, row.Version, "修改"));
        }
        var problems = InstructionRules.Check(draft, departments, Today, row.DueOn);
        if (Unchangeable(row) is { } reason)
        {
            problems.Insert(0, new Problem("办理状态", reason));
        }
        if (problems.Count > 0)
        {
            return Outcome<InstructionView>.Refused(problems);
        }
        var before = Snapshot(row);
        var movedFrom = row.OwnerDepartment;
        row.Text = draft.Text!.Trim();
        row.OwnerDepartment = draft.OwnerDepartment!.Trim();
        row.DueOn = draft.DueOn!.Value;
        row.Version++;
        var outcome = await SaveAuditedAsync(db, row, "修改批示", editor, before, cancellationToken);
        if (outcome is not null)
        {
            return outcome;
        }
        await centre.NotifyAsync(new Reminder($"instruction:{row.Id}:changed:{row.Version}", ReminderKind.InstructionChanged,
            $"{editor.Name}修改了对“{row.SubjectTitle}”的批示，请于 {row.DueOn:yyyy-MM-dd} 前办理", LinkOf(row.Id),
            new ReminderAudience(Department: row.OwnerDepartment)), cancellationToken);
        if (movedFrom != row.OwnerDepartment)
        {
            await centre.NotifyAsync(new Reminder($"instruction:{row.Id}:moved:{row.Version}", ReminderKind.InstructionChanged,
                $"对“{row.SubjectTitle}”的批示已改由{row.OwnerDepartment}办理，本部门无需再办", LinkOf(row.Id),
                new ReminderAudience(Department: movedFrom)), cancellationToken);
        }
        return Outcome<InstructionView>.Ok(View(row, Today));
    }

    public async Task<Outcome<InstructionView>> WithdrawAsync(long id, string? reason, int expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Instructions.Include(i => i.Answers).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (row is null)
        {
            return Outcome<InstructionView>.NotFound();
        }
        if (row.Version != expectedVersion)
        {
            return Outcome<InstructionView>.Conflicted(Stale(expectedVersion, row.Version, "撤回"));
        }
        var problems = InstructionRules.CheckReason(reason);
        if (row.State != InstructionState.Open)
        {
            problems.Insert(0, new Problem("办理状态", row.State == InstructionState.Closed ? "该批示已办结，不能撤回" : "该批示已撤回"));
        }
        if (problems.Count > 0)
        {
            return Outcome<InstructionView>.Refused(problems);
        }
        var before = Snapshot(row);
        row.State = InstructionState.Withdrawn;
        row.WithdrawnAtUtc = clock.GetUtcNow().UtcDateTime;
        row.WithdrawReason = reason!.Trim();
        row.Version++;
        var outcome = await SaveAuditedAsync(db, row, "撤回批示", actor, before, cancellationToken);
        if (outcome is not null)
        {
            return outcome;
        }
        await centre.NotifyAsync(new Reminder($"instruction:{row.Id}:withdrawn", ReminderKind.InstructionWithdrawn,
            $"{actor.Name}撤回了对“{row.SubjectTitle}”的批示（{row.WithdrawReason}），无需再办理", LinkOf(row.Id),
            new ReminderAudience(Department: row.OwnerDepartment)), cancellationToken);
        return Outcome<InstructionView>.Ok(View(row, Today));
    }

    /// <summary>Why an instruction's text, department and date may no longer change, or null.</summary>
    private static string? Unchangeable(InstructionRow row) => row.State switch
    {
        InstructionState.Closed => "该批示已办结，不能再修改",
        InstructionState.Withdrawn => "该批示已撤回，不能再修改",
        _ when row.Answers.Count > 0 => "责任部门已答复，批示不能再修改；如需调整，请撤回后重新批示",
        _ => null,
    };

    private static string Stale(int seen, int now, string action) => $"该批示已被他人更新（您看到的是第 {seen} 版，现为第 {now} 版），请刷新后再{action}";

    /// <summary>Stores the changed row and its audit entry in one transaction; a conflict (someone saved first) stores neither.</summary>
    private async Task<Outcome<InstructionView>?> SaveAuditedAsync(InstructionsDbContext db, InstructionRow row, string action, Actor actor, string before, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Audit.Add(new InstructionAuditRow { InstructionId = row.Id, Action = action, User = actor.Name, AtUtc = clock.GetUtcNow().UtcDateTime, Before = before, After = Snapshot(row) });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<InstructionView>.Conflicted("该批示刚被他人更新，请刷新后再操作");
        }
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<InstructionView?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Instructions.AsNoTracking().Include(i => i.Answers).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return row is null ? null : View(row, Today);
    }

    /// <summary>
    /// Read once per reading of the change stamps (<see cref="ChangeStamps"/>) for the same query and day: the overdue
    /// panel on every dashboard asks the same on each page. After a write through this instance the next request reads
    /// again; another instance's writes are seen within <see cref="ChangeStamps.Freshness"/>.
    /// </summary>
    public async Task<Page<InstructionView>> ListAsync(InstructionQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = Today;
        var reading = await stamps.ReadAsync(cancellationToken);
        return await reading.OnceAsync("instructions.list\u001f" + today.DayNumber + "\u001f" + JsonSerializer.Serialize(query),
            () => ReadListAsync(query, today, CancellationToken.None), cancellationToken);
    }

    private async Task<Page<InstructionView>> ReadListAsync(InstructionQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.Instructions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            q = q.Where(i => i.OwnerDepartment == query.Department);
        }
        if (!string.IsNullOrWhiteSpace(query.AuthorLogin))
        {
            q = q.Where(i => i.AuthorLogin == query.AuthorLogin);
        }
        if (query.Kind is { } kind)
        {
            q = q.Where(i => i.SubjectKind == kind);
        }
        if (!string.IsNullOrWhiteSpace(query.SubjectId))
        {
            q = q.Where(i => i.SubjectId == query.SubjectId);
        }
        q = query.Filter switch
        {
            InstructionFilter.Open => q.Where(i => i.State == InstructionState.Open),
            InstructionFilter.Overdue => q.Where(i => i.State == InstructionState.Open && i.DueOn < today),
            InstructionFilter.Closed => q.Where(i => i.State == InstructionState.Closed),
            InstructionFilter.Withdrawn => q.Where(i => i.State == InstructionState.Withdrawn),
            _ => q,
        };
        var skip = Math.Max(0, query.Skip);
        var take = Math.Clamp(query.Take, 1, 200);
        // Open before closed and withdrawn (the enum's string sorts "Closed" first, hence the explicit order), then the earliest due.
        var rows = await q.OrderBy(i => i.State == InstructionState.Open ? 0 : 1).ThenBy(i => i.DueOn).ThenBy(i => i.Id)
            .Skip(skip).Take(take).Include(i => i.Answers).ToListAsync(cancellationToken);
        // A page that is not full and not past the end holds the last matches, so they are counted without a second
        // query: the overdue panels on every dashboard almost always find fewer than a page.
        var total = (rows.Count > 0 && rows.Count < take) || (rows.Count == 0 && skip == 0)
            ? skip + rows.Count
            : await q.CountAsync(cancellationToken);
        return new Page<InstructionView>(rows.Select(r => View(r, today)).ToList(), total, skip, take);
    }

    public async Task<IReadOnlyList<InstructionAuditEntry>> AuditAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Audit.AsNoTracking().Where(a => a.InstructionId == id).OrderBy(a => a.Id)
            .Select(a => new InstructionAuditEntry(a.Id, a.InstructionId, a.Action, a.User, a.AtUtc, a.Before, a.After)).ToListAsync(cancellationToken);
    }

    public async Task<int> SeedDemoAsync(IReadOnlyList<DemoInstruction> instructions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instructions);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Instructions.AnyAsync(cancellationToken))
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var today = Today;
        foreach (var demo in instructions)
        {
            var row = new InstructionRow
            {
                SubjectKind = demo.Subject.Kind,
                SubjectId = demo.Subject.Id,
                SubjectTitle = Clip(demo.Subject.Title, 200),
                SubjectLink = demo.Subject.Link,
                Text = demo.Text,
                OwnerDepartment = demo.OwnerDepartment,
                DueOn = today.AddDays(demo.DueInDays),
                AuthorLogin = demo.Author.Login,
                AuthorName = demo.Author.Name,
                CreatedAtUtc = now.AddDays(Math.Min(demo.DueInDays, 0) - 10),
                State = InstructionState.Open,
                Version = 1,
            };
            if (demo.Answer is { } answer)
            {
                row.Answers.Add(new AnswerRow { Text = answer, Closes = true, Login = "", Name = demo.OwnerDepartment, AtUtc = now });
                row.State = InstructionState.Closed;
                row.ClosedAtUtc = now;
                row.Version = 2;
            }
            db.Instructions.Add(row);
        }
        await db.SaveChangesAsync(cancellationToken);
        return instructions.Count;
    }

    internal static string LinkOf(long id) => $"/instructions/{id}";

    private static string ZhKind(SubjectKind kind) => Reserve.Sdk.Projects.ZhNames<SubjectKind>.Of(kind);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    private static InstructionView View(InstructionRow row, DateOnly today) => new(
        row.Id, row.SubjectKind, row.SubjectId, row.SubjectTitle, row.SubjectLink, row.Text, row.OwnerDepartment, row.DueOn, row.AuthorLogin, row.AuthorName,
        row.CreatedAtUtc, row.State, row.ClosedAtUtc, row.Version,
        row.Answers.OrderBy(a => a.Id).Select(a => new InstructionAnswer(a.Id, a.Text, a.Closes, a.Login, a.Name, a.AtUtc)).ToList(), today,
        row.WithdrawnAtUtc, row.WithdrawReason);

    private static string Snapshot(InstructionRow row) => JsonSerializer.Serialize(new
    {
        subject = new { kind = row.SubjectKind.ToString(), id = row.SubjectId, title = row.SubjectTitle },
        text = row.Text,
        ownerDepartment = row.OwnerDepartment,
        dueOn = row.DueOn.ToString("yyyy-MM-dd"),
        state = row.State.ToString(),
        answers = row.Answers.Count,
        lastAnswer = row.Answers.LastOrDefault()?.Text,
        withdrawReason = row.WithdrawReason,
        version = row.Version,
    }, AuditJson);

    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
