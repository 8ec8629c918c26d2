using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reserve.Approvals.Calendar;
using Reserve.Approvals.Charts;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.Persistence;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Storage;

internal sealed class ApprovalService(IDbContextFactory<ApprovalsDbContext> contexts, IProjectReserve reserve, CalendarStore calendar, TimeProvider clock, ChangeStamps stamps) : IApprovalService
{
    /// <summary>The audit log's highest id: it moves with every write of this module (see <see cref="ChangeSnapshots{T}"/>).</summary>
    internal const string AuditStamp = "approvals.audit";

    /// <summary>The list's match counts, kept per change; keys include a search text users type, hence the larger bound.</summary>
    private readonly ChangeSnapshots<int> _counts = new(clock, capacity: 512);

    /// <summary>Every department's and item's counts of a date, kept per change; each summary is folded from them.</summary>
    private readonly ChangeSnapshots<ApprovalCounts.Groups> _groups = new(clock);

    /// <summary>
    /// The /approvals pages read, kept per change: fifty users on the first page read the same fifty records and their
    /// commitments, most of the page's own time, until something changes. Bounded: pages deep in a list are read once each.
    /// </summary>
    private readonly ChangeSnapshots<IReadOnlyList<ApprovalView>> _pages = new(clock, capacity: 128);

    private const int FlagCap = 500;

    /// <summary>The audit key of the demo's own entries (records stored, joint reviews tried).</summary>
    private const string DemoKey = "demo";

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<ApprovalView?> FindAsync(long id, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ApprovalReads.ViewsAsync(db.Records.Where(r => r.Id == id), asOf ?? Today, cancellationToken)).FirstOrDefault();
    }

    public async Task<ApprovalPage> ListAsync(ApprovalQuery query, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PageAsync(db, query, asOf ?? Today, null, cancellationToken);
    }

    public async Task<ApprovalOverview> OverviewAsync(ApprovalQuery query, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var date = asOf ?? Today;
        var stamp = await RevisionAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One connection for the count and the page: each opening of a pooled SQLite connection registers EF's functions again.
        await db.Database.OpenConnectionAsync(cancellationToken);
        // After a change the recount runs on its own connection while the page is read.
        var counting = GroupsAsync(date, stamp);
        var page = await PageAsync(db, query, date, stamp, cancellationToken);
        var groups = await counting;
        var department = string.IsNullOrWhiteSpace(query.Department) ? null : query.Department;
        return new ApprovalOverview(page, groups.SummaryOf(SummaryGrouping.Department, department), groups.SummaryOf(SummaryGrouping.Item, department));
    }

    /// <summary>
    /// A page of records and the number matching (kept per change stamp for list filters; <paramref name="stamp"/> when
    /// already read, as by the /approvals page, whose page of records is then kept per change too).
    /// </summary>
    private async Task<ApprovalPage> PageAsync(ApprovalsDbContext db, ApprovalQuery query, DateOnly date, long? stamp, CancellationToken cancellationToken)
    {
        var q = ApprovalReads.Filter(db.Records, query, date);
        // Counting every match of a list filter is a scan of the filtered records: read once per change (the page's
        // own rows are an index range). One project's or joint review's records are few and counted each time.
        var listFilter = query.ProjectId is null && query.JointReviewId is null;
        var key = string.Join('\u001f', query.Department, query.Item, query.FlaggedOnly, query.Text?.Trim(), date.DayNumber);
        var total = listFilter
            ? await _counts.GetAsync("count\u001f" + key, stamp ?? await RevisionAsync(cancellationToken), async () =>
                {
                    await using var own = await contexts.CreateDbContextAsync(CancellationToken.None);
                    return await ApprovalReads.Filter(own.Records, query, date).CountAsync(CancellationToken.None);
                })
            : await q.CountAsync(cancellationToken);
        if (listFilter && stamp is { } kept)
        {
            var skip = Math.Max(0, query.Skip);
            var take = Math.Clamp(query.Take, 1, 1000);
            var views = await _pages.GetAsync(string.Join('\u001f', "page", key, skip, take), kept, async () =>
            {
                await using var own = await contexts.CreateDbContextAsync(CancellationToken.None);
                return await ApprovalReads.ViewsAsync(Page(ApprovalReads.Filter(own.Records, query, date), query), date, CancellationToken.None);
            });
            return new ApprovalPage(views, total);
        }
        return new ApprovalPage(await ApprovalReads.ViewsAsync(Page(q, query), date, cancellationToken), total);
    }

    /// <summary>The query's page of <paramref name="records"/>: the most overdue first when flagged, otherwise the latest opened.</summary>
    private static IQueryable<ApprovalRecord> Page(IQueryable<ApprovalRecord> records, ApprovalQuery query) =>
        (query.FlaggedOnly ? records.OrderBy(r => r.DueOn).ThenBy(r => r.Id) : records.OrderByDescending(r => r.Id))
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 1000));

    public async Task<ApprovalProject?> CandidatesAsync(string projectId, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(projectId) || await reserve.FindAsync(projectId.Trim(), cancellationToken) is not { } project)
        {
            return null;
        }
        var records = (await ListAsync(new ApprovalQuery(ProjectId: project.Record.Id, Take: 1000), asOf, cancellationToken)).Records.ToDictionary(v => v.Record.Item);
        return new ApprovalProject(project.Record.Id!, project.Record.Name, project.Record.Department,
            project.Record.PreWork.Select(p => new PreWorkCandidate(p, records.GetValueOrDefault(p.Item))).ToList());
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
        record.DueOn = (await DueDateKeeper.CalendarAsync(db, cancellationToken)).DueDate(record.AppliedOn, record.LimitDays + record.ExtensionDays, record.Counting);
        var now = clock.GetUtcNow().UtcDateTime;
        Stamp(db.Records.Add(record), user, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return Outcome<ApprovalView>.Refused([new Problem("前期工作事项", $"项目 {record.ProjectId} 的“{ZhNames<PreWorkKind>.Of(record.Item)}”已有办理记录")]);
        }
        db.Audit.Add(Audit.Row(ApprovalAuditRow.RecordEntity, Key(record.Id), "登记", user, now, null, Audit.Json(record)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<ApprovalView>.Ok((await FindAsync(record.Id, cancellationToken: cancellationToken))!);
    }

    public Task<Outcome<ApprovalView>> UpdateAsync(long id, ApprovalDraft draft, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, "修改", async (db, record) =>
        {
            var before = (record.ProjectId, record.Item, record.JointReviewId, record.AppliedOn);
            draft.ApplyTo(record);
            var problems = ApprovalRules.Check(record, Today);
            if ((before.ProjectId, before.Item) != (record.ProjectId, record.Item))
            {
                problems.InsertRange(0, await ProjectProblemsAsync(db, record, cancellationToken));
            }
            if (before.JointReviewId is not null && (before.ProjectId, before.Item, before.AppliedOn) != (record.ProjectId, record.Item, record.AppliedOn))
            {
                problems.Add(new Problem("受理日期", $"该事项并入联合审查 {before.JointReviewId}，受理日期和项目随联合审查修改"));
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
            return Task.FromResult(ApprovalRules.Check(record, Today));
        }, cancellationToken);

    public async Task<Outcome<JointReviewView>> OpenJointReviewAsync(JointReviewDraft draft, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (review, items, problems) = await JointReviews.ComposeAsync(db, reserve, draft, Today, cancellationToken);
        if (problems.Count > 0)
        {
            return Outcome<JointReviewView>.Refused(problems);
        }
        review.DueOn = JointReviewRule.DueOn(review.AppliedOn, items, await DueDateKeeper.CalendarAsync(db, cancellationToken));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Stamp(db.JointReviews.Add(review), user, now);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var item in items)
        {
            item.JointReviewId = review.Id;
            item.DueOn = review.DueOn;
            Stamp(db.Records.Add(item), user, now);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return Outcome<JointReviewView>.Refused([new Problem("前期工作事项", "其中有事项刚被他人登记了办理记录，请刷新后重新选择")]);
        }
        db.Audit.Add(Audit.Row(ApprovalAuditRow.JointReviewEntity, Key(review.Id), $"登记{ZhNames<JointReviewKind>.Of(review.Kind)}", user, now, null,
            Audit.Json(new { review, items = items.Select(i => new { i.Id, i.Item, i.LimitDays, i.Counting, i.Basis }) })));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<JointReviewView>.Ok((await FindJointReviewAsync(review.Id, cancellationToken: cancellationToken))!);
    }

    public async Task<JointReviewView?> FindJointReviewAsync(long id, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await JointReviews.ReadAsync(db, id, asOf ?? Today, cancellationToken);
    }

    public async Task<Outcome<JointReviewView>> UpdateJointReviewAsync(long id, JointReviewChange change, int expectedVersion, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var review = await db.JointReviews.FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (review is null)
        {
            return Outcome<JointReviewView>.Conflicted($"联合审查 {id} 已不存在");
        }
        var entry = db.Entry(review);
        var version = entry.Property<int>(ApprovalsDbContext.VersionProperty);
        if (version.CurrentValue != expectedVersion)
        {
            return Outcome<JointReviewView>.Conflicted($"保存被拒绝：联合审查 {id} 已由 {entry.Property<string>(ApprovalsDbContext.UpdatedByProperty).CurrentValue} 修改（版本 {version.CurrentValue}），您编辑的是版本 {expectedVersion}。请刷新后重新修改，他人的修改未被覆盖。");
        }
        var members = await db.Records.Include(r => r.Commitments).Where(r => r.JointReviewId == id).ToListAsync(cancellationToken);
        var before = Audit.Json(review);
        var problems = JointReviews.Apply(review, members, change, Today);
        if (problems.Count > 0)
        {
            return Outcome<JointReviewView>.Refused(problems);
        }
        review.DueOn = JointReviewRule.DueOn(review.AppliedOn, members, await DueDateKeeper.CalendarAsync(db, cancellationToken));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var member in members)
        {
            member.DueOn = review.DueOn;
            Bump(db.Entry(member), user, now);
        }
        Bump(entry, user, now);
        db.Audit.Add(Audit.Row(ApprovalAuditRow.JointReviewEntity, Key(id), "修改联合审查", user, now, before, Audit.Json(review)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<JointReviewView>.Conflicted($"保存被拒绝：联合审查 {id} 或其中的事项刚被他人修改，请刷新后重新修改。");
        }
        await transaction.CommitAsync(cancellationToken);
        return Outcome<JointReviewView>.Ok((await FindJointReviewAsync(id, cancellationToken: cancellationToken))!);
    }

    public async Task<IReadOnlyList<ApprovalDue>> DueSoonAsync(string? department, DateOnly asOf, int days, int take = 200, CancellationToken cancellationToken = default)
    {
        var until = asOf.AddDays(Math.Max(0, days));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.Records.AsNoTracking().Where(r => r.AppliedOn <= asOf && (r.CompletedOn == null || r.CompletedOn > asOf) && r.DueOn <= until);
        if (!string.IsNullOrWhiteSpace(department))
        {
            q = q.Where(r => r.Department == department);
        }
        var rows = await q.OrderBy(r => r.DueOn).ThenBy(r => r.Id).Take(Math.Clamp(take, 1, 1000))
            .Select(r => new { r.Id, r.ProjectId, r.ProjectName, r.Department, r.Item, r.AppliedOn, r.DueOn, r.JointReviewId })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ApprovalDue(r.Id, r.ProjectId, r.ProjectName, r.Department, r.Item, r.AppliedOn, r.DueOn, r.DueOn.DayNumber - asOf.DayNumber, r.JointReviewId)).ToList();
    }

    public async Task<ApprovalFlags> FlagsAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var date = asOf ?? Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var overdue = await ApprovalReads.ViewsAsync(
            db.Records.Where(r => (r.CompletedOn == null || r.CompletedOn > date) && r.DueOn < date).OrderBy(r => r.DueOn).ThenBy(r => r.Id).Take(FlagCap), date, cancellationToken);
        var owing = await ApprovalReads.ViewsAsync(
            db.Records.Where(r => r.Commitments.Any(c => c.MadeOn <= date && (c.FulfilledOn == null || c.FulfilledOn > date) && c.DueOn < date)).OrderBy(r => r.Id).Take(FlagCap), date, cancellationToken);
        return new ApprovalFlags(date, overdue,
            owing.SelectMany(v => v.Commitments.Where(c => c.State == CommitmentState.Overdue).Select(c => (v, c)))
                .OrderByDescending(p => p.c.DaysLate).ThenBy(p => p.v.Record.Id).ToList());
    }

    public async Task<ApprovalSummary> SummaryAsync(SummaryGrouping grouping, DateOnly? asOf = null, string? department = null, CancellationToken cancellationToken = default)
    {
        var date = asOf ?? Today;
        return (await GroupsAsync(date, await RevisionAsync(cancellationToken))).SummaryOf(grouping, string.IsNullOrWhiteSpace(department) ? null : department);
    }

    /// <summary>One read of every department's and item's counts per change and date; each summary is folded from it.</summary>
    private Task<ApprovalCounts.Groups> GroupsAsync(DateOnly date, long stamp) =>
        _groups.GetAsync("groups\u001f" + date.DayNumber.ToString(CultureInfo.InvariantCulture), stamp, async () =>
        {
            await using var own = await contexts.CreateDbContextAsync(CancellationToken.None);
            // Today's (or any later day's) from the counts kept on write; a past day's by grouping the records.
            return await ApprovalTotals.GroupsAsync(own, date, CancellationToken.None) ?? await ApprovalCounts.GroupsAsync(own, date, CancellationToken.None);
        });

    public async Task<ChartData> StatesChartAsync(SummaryGrouping grouping, DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        ApprovalCharts.States(await SummaryAsync(grouping, asOf, null, cancellationToken));

    public async Task<ChartData> CommitmentsChartAsync(SummaryGrouping grouping, DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        ApprovalCharts.Commitments(await SummaryAsync(grouping, asOf, null, cancellationToken));

    public Task<IReadOnlyList<CalendarYear>> CalendarYearsAsync(CancellationToken cancellationToken = default) => calendar.YearsAsync(cancellationToken);

    public Task<IReadOnlyList<CalendarEntry>> CalendarAsync(int year, CancellationToken cancellationToken = default) => calendar.DaysAsync(year, cancellationToken);

    public Task<CalendarChange> SetCalendarDayAsync(CalendarDay day, int expectedVersion, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(day);
        return calendar.SetAsync(day, expectedVersion, user, cancellationToken);
    }

    public Task<CalendarChange> RemoveCalendarDayAsync(DateOnly date, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        calendar.RemoveAsync(date, expectedVersion, user, cancellationToken);

    public CalendarImportPreview PreviewCalendarImport(Stream xlsx, int year) => CalendarSheet.Read(xlsx, year);

    public Task<CalendarChange> ImportCalendarAsync(Stream xlsx, int year, CalendarNotice notice, string user, CancellationToken cancellationToken = default) =>
        calendar.ImportAsync(CalendarSheet.Read(xlsx, year), notice, user, cancellationToken);

    public Task<int> EnsureShippedCalendarAsync(string user, CancellationToken cancellationToken = default) => calendar.EnsureShippedAsync(user, cancellationToken);

    public async Task<IReadOnlyList<ApprovalAuditEntry>> AuditAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = Key(id);
        var rows = await db.Audit.AsNoTracking().Where(a => a.Entity == ApprovalAuditRow.RecordEntity && a.EntityKey == key).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(a => new ApprovalAuditEntry(a.Id, a.Entity, a.EntityKey, a.Action, a.User, a.AtUtc, a.Before, a.After)).ToList();
    }

    public async Task<bool> HoldsRecordsAndJointReviewsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Records.AnyAsync(cancellationToken)
            && (await db.JointReviews.AnyAsync(cancellationToken)
                || await db.Audit.AnyAsync(a => a.Entity == ApprovalAuditRow.JointReviewEntity && a.EntityKey == DemoKey, cancellationToken));
    }

    public async Task<int> SeedDemoAsync(IReadOnlyList<ApprovalRecord> records, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Records.AnyAsync(cancellationToken) ? 0 : await StoreDemoAsync(db, records, user, cancellationToken);
    }

    public async Task<int> AppendDemoAsync(IReadOnlyList<ApprovalRecord> records, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var projects = records.Select(r => r.ProjectId).Distinct().ToList();
        var taken = (await db.Records.Where(r => projects.Contains(r.ProjectId)).Select(r => new { r.ProjectId, r.Item }).ToListAsync(cancellationToken))
            .Select(t => (t.ProjectId, t.Item)).ToHashSet();
        var fresh = records.Where(r => !taken.Contains((r.ProjectId, r.Item))).ToList();
        return fresh.Count == 0 ? 0 : await StoreDemoAsync(db, fresh, user, cancellationToken);
    }

    private async Task<int> StoreDemoAsync(ApprovalsDbContext db, IReadOnlyList<ApprovalRecord> records, string user, CancellationToken cancellationToken)
    {
        var days = await DueDateKeeper.CalendarAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var record in records)
        {
            record.DueOn = days.DueDate(record.AppliedOn, record.LimitDays + record.ExtensionDays, record.Counting);
            Stamp(db.Records.Add(record), user, now);
        }
        // The audit row also tells every instance's summaries that the records changed.
        db.Audit.Add(Audit.Row(ApprovalAuditRow.RecordEntity, DemoKey, "生成演示数据", user, now, null, Audit.Json(new { records = records.Count })));
        await db.SaveChangesAsync(cancellationToken);
        return records.Count;
    }

    public async Task<int> SeedDemoJointReviewsAsync(IReadOnlyList<JointReviewDraft> drafts, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.JointReviews.AnyAsync(cancellationToken))
            {
                return 0;
            }
        }
        var opened = 0;
        foreach (var draft in drafts)
        {
            if ((await OpenJointReviewAsync(draft, user, cancellationToken)).Succeeded)
            {
                opened++;
            }
        }
        // Kept even when every draft was refused (their items recorded before, as `seed-approvals` records every item):
        // the demo has run, and a later start must not generate and refuse them all again.
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.Audit.Add(Audit.Row(ApprovalAuditRow.JointReviewEntity, DemoKey, "生成演示数据", user, clock.GetUtcNow().UtcDateTime, null, Audit.Json(new { jointReviews = opened })));
            await db.SaveChangesAsync(cancellationToken);
        }
        return opened;
    }

    /// <summary>The project must be in the reserve with this item on its pre-work list, and the item not tracked yet.</summary>
    private async Task<List<Problem>> ProjectProblemsAsync(ApprovalsDbContext db, ApprovalRecord record, CancellationToken cancellationToken)
    {
        var problems = await JointReviews.ProjectProblemsAsync(db, reserve, record.ProjectId, [record.Item], cancellationToken);
        if (problems.Count == 0 && await reserve.FindAsync(record.ProjectId, cancellationToken) is { } project)
        {
            record.ProjectName = project.Record.Name;
            record.Department = project.Record.Department;
        }
        return problems;
    }

    private async Task<Outcome<ApprovalView>> ChangeAsync(long id, int expectedVersion, string user, string action,
        Func<ApprovalsDbContext, ApprovalRecord, Task<List<Problem>>> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Records.Include(r => r.Commitments.OrderBy(c => EF.Property<long>(c, "Id"))).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
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
        var before = Audit.Json(record);
        var problems = await change(db, record);
        if (problems.Count > 0)
        {
            return Outcome<ApprovalView>.Refused(problems);
        }
        if (record.JointReviewId is null)
        {
            record.DueOn = (await DueDateKeeper.CalendarAsync(db, cancellationToken)).DueDate(record.AppliedOn, record.LimitDays + record.ExtensionDays, record.Counting);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Bump(entry, user, now);
        db.Audit.Add(Audit.Row(ApprovalAuditRow.RecordEntity, Key(id), action, user, now, before, Audit.Json(record)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ApprovalView>.Conflicted($"保存被拒绝：审批记录 {id} 刚被他人修改，请刷新后重新修改。");
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return Outcome<ApprovalView>.Refused([new Problem("前期工作事项", $"项目 {record.ProjectId} 的“{ZhNames<PreWorkKind>.Of(record.Item)}”已有办理记录")]);
        }
        return Outcome<ApprovalView>.Ok((await FindAsync(id, cancellationToken: cancellationToken))!);
    }

    private static void Stamp<T>(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<T> entry, string user, DateTime now) where T : class
    {
        entry.Property<int>(ApprovalsDbContext.VersionProperty).CurrentValue = 1;
        entry.Property<DateTime>(ApprovalsDbContext.CreatedAtProperty).CurrentValue = now;
        entry.Property<DateTime>(ApprovalsDbContext.UpdatedAtProperty).CurrentValue = now;
        entry.Property<string>(ApprovalsDbContext.UpdatedByProperty).CurrentValue = user;
    }

    private static void Bump<T>(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<T> entry, string user, DateTime now) where T : class
    {
        var version = entry.Property<int>(ApprovalsDbContext.VersionProperty);
        version.CurrentValue = version.OriginalValue + 1;
        entry.Property<DateTime>(ApprovalsDbContext.UpdatedAtProperty).CurrentValue = now;
        entry.Property<string>(ApprovalsDbContext.UpdatedByProperty).CurrentValue = user;
    }

    /// <summary>The module's change stamp (<see cref="AuditStamp"/>), read with every module's by <see cref="ChangeStamps"/>.</summary>
    private async Task<long> RevisionAsync(CancellationToken cancellationToken) =>
        (await stamps.ReadAsync(cancellationToken)).Number(AuditStamp);

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
