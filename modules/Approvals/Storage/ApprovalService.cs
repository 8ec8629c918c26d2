using Microsoft.EntityFrameworkCore;
using Reserve.Approvals.Charts;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using System.Text.Json;
using Reserve.Projects;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Storage;

internal sealed class ApprovalService(IDbContextFactory<ApprovalsDbContext> contexts, IProjectReserve reserve, TimeProvider clock) : IApprovalService
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<ApprovalView?> FindAsync(long id, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ViewsAsync(db, db.Records.Where(r => r.Id == id), asOf ?? Today, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<ApprovalView>> ListAsync(ApprovalQuery query, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.Records.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.ProjectId))
        {
            q = q.Where(r => r.ProjectId == query.ProjectId);
        }
        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            q = q.Where(r => r.Department == query.Department);
        }
        if (query.Item is { } item)
        {
            q = q.Where(r => r.Item == item);
        }
        // Flags depend on the date and the calendar, so they are read in memory after the filters the database can apply.
        var views = await ViewsAsync(db, q.OrderBy(r => r.Id), asOf ?? Today, cancellationToken);
        return views.Where(v => !query.FlaggedOnly || v.Flagged).Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 1000)).ToList();
    }

    public async Task<IReadOnlyList<PreWorkCandidate>?> CandidatesAsync(string projectId, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        if (await reserve.FindAsync(projectId, cancellationToken) is not { } project)
        {
            return null;
        }
        var records = (await ListAsync(new ApprovalQuery(ProjectId: projectId, Take: 1000), asOf, cancellationToken)).ToDictionary(v => v.Record.Item);
        return project.Record.PreWork.Select(p => new PreWorkCandidate(p, records.GetValueOrDefault(p.Item))).ToList();
    }

    public async Task<Outcome<ApprovalView>> OpenAsync(ApprovalDraft draft, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var record = new ApprovalRecord();
        draft.ApplyTo(record);
        var problems = ApprovalRules.Check(record, Today);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        problems.InsertRange(0, await ProjectProblemsAsync(db, record, cancellationToken));
        if (problems.Count > 0)
        {
            return Outcome<ApprovalView>.Refused(problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = db.Records.Add(record);
        entry.Property<int>(ApprovalsDbContext.VersionProperty).CurrentValue = 1;
        entry.Property<DateTime>(ApprovalsDbContext.CreatedAtProperty).CurrentValue = now;
        entry.Property<DateTime>(ApprovalsDbContext.UpdatedAtProperty).CurrentValue = now;
        entry.Property<string>(ApprovalsDbContext.UpdatedByProperty).CurrentValue = user;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit.Add(AuditRow(ApprovalAuditRow.RecordEntity, record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "登记", user, now, null, Audit(record)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<ApprovalView>.Ok((await FindAsync(record.Id, cancellationToken: cancellationToken))!);
    }

    public Task<Outcome<ApprovalView>> UpdateAsync(long id, ApprovalDraft draft, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, "修改", async (db, record) =>
        {
            var projectBefore = (record.ProjectId, record.Item);
            draft.ApplyTo(record);
            var problems = ApprovalRules.Check(record, Today);
            if (projectBefore != (record.ProjectId, record.Item))
            {
                problems.InsertRange(0, await ProjectProblemsAsync(db, record, cancellationToken));
            }
            return problems;
        }, cancellationToken);

    public Task<Outcome<ApprovalView>> CompleteAsync(long id, DateOnly completedOn, string? docNumber, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, "办结", (_, record) =>
        {
            record.CompletedOn = completedOn;
            record.DocNumber = string.IsNullOrWhiteSpace(docNumber) ? record.DocNumber : docNumber.Trim();
            return Task.FromResult(ApprovalRules.Check(record, Today));
        }, cancellationToken);

    public Task<Outcome<ApprovalView>> FulfilCommitmentAsync(long id, int commitmentIndex, DateOnly fulfilledOn, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, "承诺补办", (_, record) =>
        {
            if (commitmentIndex < 0 || commitmentIndex >= record.Commitments.Count)
            {
                return Task.FromResult(new List<Problem> { new("承诺事项", $"该记录没有第{commitmentIndex + 1}项承诺（共{record.Commitments.Count}项）") });
            }
            record.Commitments[commitmentIndex].FulfilledOn = fulfilledOn;
            // Owned JSON entries are tracked as a whole; a fresh list makes sure the column is rewritten.
            record.Commitments = [.. record.Commitments];
            return Task.FromResult(ApprovalRules.Check(record, Today));
        }, cancellationToken);

    public async Task<ApprovalFlags> FlagsAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var date = asOf ?? Today;
        var all = await AllViewsAsync(date, cancellationToken);
        return new ApprovalFlags(date,
            all.Where(v => v.State == ApprovalState.Overdue).OrderByDescending(v => v.DaysPast).ThenBy(v => v.Record.Id).ToList(),
            all.SelectMany(v => v.Commitments.Where(c => c.State == CommitmentState.Overdue).Select(c => (v, c)))
                .OrderByDescending(p => p.c.DaysLate).ThenBy(p => p.v.Record.Id).ToList());
    }

    public async Task<ApprovalSummary> SummaryAsync(SummaryGrouping grouping, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var date = asOf ?? Today;
        return ApprovalSummary.Of(await AllViewsAsync(date, cancellationToken), date, grouping);
    }

    public async Task<ChartData> StatesChartAsync(SummaryGrouping grouping, DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        ApprovalCharts.States(await SummaryAsync(grouping, asOf, cancellationToken));

    public async Task<ChartData> CommitmentsChartAsync(SummaryGrouping grouping, DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        ApprovalCharts.Commitments(await SummaryAsync(grouping, asOf, cancellationToken));

    public async Task<IReadOnlyList<CalendarDay>> CalendarAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.Calendar.AsNoTracking().Where(c => c.Date >= from && c.Date <= to).OrderBy(c => c.Date).ToListAsync(cancellationToken);
        return rows.Select(r => new CalendarDay(r.Date, r.IsWorkday, r.Note)).ToList();
    }

    public async Task<IReadOnlyList<Problem>> SetCalendarDayAsync(CalendarDay day, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(day);
        var weekend = day.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (day.IsWorkday != weekend)
        {
            return [new Problem("日期", day.IsWorkday
                ? $"{ZhFormat.Date(day.Date)}是工作日，无需登记为调休上班日"
                : $"{ZhFormat.Date(day.Date)}是周末，无需登记为节假日")];
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Calendar.FirstOrDefaultAsync(c => c.Date == day.Date, cancellationToken);
        var before = row is null ? null : Audit(new CalendarDay(row.Date, row.IsWorkday, row.Note));
        row ??= db.Calendar.Add(new CalendarRow { Date = day.Date }).Entity;
        row.IsWorkday = day.IsWorkday;
        row.Note = string.IsNullOrWhiteSpace(day.Note) ? null : day.Note.Trim();
        db.Audit.Add(AuditRow(ApprovalAuditRow.CalendarEntity, day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            day.IsWorkday ? "登记调休上班日" : "登记节假日", user, clock.GetUtcNow().UtcDateTime, before, Audit(new CalendarDay(row.Date, row.IsWorkday, row.Note))));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task RemoveCalendarDayAsync(DateOnly date, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Calendar.FirstOrDefaultAsync(c => c.Date == date, cancellationToken) is { } row)
        {
            db.Calendar.Remove(row);
            db.Audit.Add(AuditRow(ApprovalAuditRow.CalendarEntity, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "删除", user,
                clock.GetUtcNow().UtcDateTime, Audit(new CalendarDay(row.Date, row.IsWorkday, row.Note)), null));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<ApprovalAuditEntry>> AuditAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = await db.Audit.AsNoTracking().Where(a => a.Entity == ApprovalAuditRow.RecordEntity && a.EntityKey == key).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(a => new ApprovalAuditEntry(a.Id, a.Entity, a.EntityKey, a.Action, a.User, a.AtUtc, a.Before, a.After)).ToList();
    }

    public async Task<int> SeedDemoAsync(IReadOnlyList<ApprovalRecord> records, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Records.AnyAsync(cancellationToken))
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var record in records)
        {
            var entry = db.Records.Add(record);
            entry.Property<int>(ApprovalsDbContext.VersionProperty).CurrentValue = 1;
            entry.Property<DateTime>(ApprovalsDbContext.CreatedAtProperty).CurrentValue = now;
            entry.Property<DateTime>(ApprovalsDbContext.UpdatedAtProperty).CurrentValue = now;
            entry.Property<string>(ApprovalsDbContext.UpdatedByProperty).CurrentValue = user;
        }
        await db.SaveChangesAsync(cancellationToken);
        return records.Count;
    }

    /// <summary>The project must be in the reserve with this item on its pre-work list, and the item not tracked yet.</summary>
    private async Task<List<Problem>> ProjectProblemsAsync(ApprovalsDbContext db, ApprovalRecord record, CancellationToken cancellationToken)
    {
        var item = ZhNames<PreWorkKind>.Of(record.Item);
        if (string.IsNullOrEmpty(record.ProjectId))
        {
            return [new Problem("储备编号", "必填，不能为空")];
        }
        if (await reserve.FindAsync(record.ProjectId, cancellationToken) is not { } project)
        {
            return [new Problem("储备编号", $"储备库中没有编号为 {record.ProjectId} 的项目")];
        }
        if (project.Record.FindPreWork(record.Item) is null)
        {
            return [new Problem("前期工作事项", $"项目 {record.ProjectId}“{project.Record.Name}”的前期工作清单中没有“{item}”，请先在储备项目中补充该事项")];
        }
        if (await db.Records.AsNoTracking().Where(r => r.ProjectId == record.ProjectId && r.Item == record.Item && r.Id != record.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return [new Problem("前期工作事项", $"项目 {record.ProjectId} 的“{item}”已有办理记录（编号 {existing}），请修改该记录")];
        }
        record.ProjectName = project.Record.Name;
        record.Department = project.Record.Department;
        return [];
    }

    private async Task<Outcome<ApprovalView>> ChangeAsync(long id, int expectedVersion, string user, string action,
        Func<ApprovalsDbContext, ApprovalRecord, Task<List<Problem>>> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Records.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return Outcome<ApprovalView>.Conflicted($"审批记录 {id} 已不存在，可能已被他人删除");
        }
        var entry = db.Entry(record);
        var version = entry.Property<int>(ApprovalsDbContext.VersionProperty);
        if (version.CurrentValue != expectedVersion)
        {
            var by = entry.Property<string>(ApprovalsDbContext.UpdatedByProperty).CurrentValue;
            var at = entry.Property<DateTime>(ApprovalsDbContext.UpdatedAtProperty).CurrentValue;
            return Outcome<ApprovalView>.Conflicted($"保存被拒绝：“{record.ProjectName}”的“{ZhNames<PreWorkKind>.Of(record.Item)}”审批记录已由 {by} 于 {at.ToLocalTime():yyyy-MM-dd HH:mm} 修改（版本 {version.CurrentValue}），您编辑的是版本 {expectedVersion}。请刷新后重新修改，他人的修改未被覆盖。");
        }
        var before = Audit(record);
        var problems = await change(db, record);
        if (problems.Count > 0)
        {
            return Outcome<ApprovalView>.Refused(problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        version.CurrentValue = version.OriginalValue + 1;
        entry.Property<DateTime>(ApprovalsDbContext.UpdatedAtProperty).CurrentValue = now;
        entry.Property<string>(ApprovalsDbContext.UpdatedByProperty).CurrentValue = user;
        db.Audit.Add(AuditRow(ApprovalAuditRow.RecordEntity, id.ToString(System.Globalization.CultureInfo.InvariantCulture), action, user, now, before, Audit(record)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ApprovalView>.Conflicted($"保存被拒绝：审批记录 {id} 刚被他人修改，请刷新后重新修改。");
        }
        catch (DbUpdateException)
        {
            // The unique (project, item) index: someone opened the same item meanwhile.
            return Outcome<ApprovalView>.Refused([new Problem("前期工作事项", $"项目 {record.ProjectId} 的“{ZhNames<PreWorkKind>.Of(record.Item)}”已有办理记录")]);
        }
        return Outcome<ApprovalView>.Ok((await FindAsync(id, cancellationToken: cancellationToken))!);
    }

    private async Task<List<ApprovalView>> AllViewsAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ViewsAsync(db, db.Records, asOf, cancellationToken);
    }

    private static async Task<List<ApprovalView>> ViewsAsync(ApprovalsDbContext db, IQueryable<ApprovalRecord> records, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = await records.AsNoTracking()
            .Select(r => new { Record = r, Version = EF.Property<int>(r, ApprovalsDbContext.VersionProperty) })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }
        var calendar = new WorkCalendar((await db.Calendar.AsNoTracking().ToListAsync(cancellationToken)).Select(c => new CalendarDay(c.Date, c.IsWorkday, c.Note)));
        return rows.Select(r => ApprovalView.Of(r.Record, r.Version, calendar, asOf)).ToList();
    }

    private static ApprovalAuditRow AuditRow(string entity, string key, string action, string user, DateTime at, string? before, string? after) =>
        new() { Entity = entity, EntityKey = key, Action = action, User = user, AtUtc = at, Before = before, After = after };

    /// <summary>The audit's JSON: the reserve's interchange options (enums as their Chinese words, ISO dates), so every module's audit reads alike.</summary>
    private static string Audit<T>(T value) => JsonSerializer.Serialize(value, ProjectJson.Options);
}
