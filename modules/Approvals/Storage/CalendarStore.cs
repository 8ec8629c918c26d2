using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reserve.Approvals.Calendar;
using Reserve.Approvals.Limits;
using Reserve.Persistence;
using Reserve.Sdk.Formatting;

namespace Reserve.Approvals.Storage;

/// <summary>
/// The working-day calendar: the shipped State Council arrangements, days entered one by one, whole years imported.
/// Every change is audited and moves the stored due dates it affects in the same transaction.
/// </summary>
internal sealed class CalendarStore(IDbContextFactory<ApprovalsDbContext> contexts, ApprovalsDatabase database, TimeProvider clock)
{
    public async Task<IReadOnlyList<CalendarYear>> YearsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken);
        return rows.Select(y => new CalendarYear(y.Year, y.DocNumber, y.Title, y.IssuedOn, y.Amendment, y.Origin, y.LoadedBy)).ToList();
    }

    public async Task<IReadOnlyList<CalendarEntry>> DaysAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.Calendar.AsNoTracking().Where(c => c.Date >= from && c.Date <= to).OrderBy(c => c.Date).ToListAsync(cancellationToken);
        return rows.Select(Entry).ToList();
    }

    public async Task<CalendarChange> SetAsync(CalendarDay day, int expectedVersion, string user, CancellationToken cancellationToken)
    {
        if (day.IsWorkday && day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            return new CalendarChange([new Problem("日期", $"{ZhFormat.Date(day.Date)}是工作日，无需登记为调休上班日")], null, 0);
        }
        if (day.Note is { } note && note.Trim().EnumerateRunes().Count() > 50)
        {
            return new CalendarChange([new Problem("说明", "超过50个字")], null, 0);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Calendar.FirstOrDefaultAsync(c => c.Date == day.Date, cancellationToken);
        if (row is not null && expectedVersion == 0)
        {
            return new CalendarChange([], $"{ZhFormat.Date(day.Date)}已有登记（{(row.IsWorkday ? "调休上班" : "放假")}，版本 {row.Version}），请在列表中修改或先取消登记", 0);
        }
        if ((row?.Version ?? 0) != expectedVersion)
        {
            return new CalendarChange([], Stale(day.Date, row), 0);
        }
        var before = row is null ? null : Audit.Json(Entry(row));
        row ??= db.Calendar.Add(new CalendarRow { Date = day.Date }).Entity;
        row.IsWorkday = day.IsWorkday;
        row.Note = string.IsNullOrWhiteSpace(day.Note) ? null : day.Note.Trim();
        row.Source = $"{user}录入";
        row.Version = expectedVersion + 1;
        db.Audit.Add(Audit.Row(ApprovalAuditRow.CalendarEntity, Key(day.Date), day.IsWorkday ? "登记调休上班日" : "登记节假日", user, clock.GetUtcNow().UtcDateTime, before, Audit.Json(Entry(row))));
        return await CommitAsync(db, transaction, day.Date, day.Date, cancellationToken);
    }

    public async Task<CalendarChange> RemoveAsync(DateOnly date, int expectedVersion, string user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Calendar.FirstOrDefaultAsync(c => c.Date == date, cancellationToken);
        if (row is null || row.Version != expectedVersion)
        {
            return new CalendarChange([], Stale(date, row), 0);
        }
        db.Calendar.Remove(row);
        db.Audit.Add(Audit.Row(ApprovalAuditRow.CalendarEntity, Key(date), "恢复为按星期计", user, clock.GetUtcNow().UtcDateTime, Audit.Json(Entry(row)), null));
        return await CommitAsync(db, transaction, date, date, cancellationToken);
    }

    /// <summary>Replaces a year's arrangement with an imported one; refused whole when the sheet has any problem.</summary>
    public async Task<CalendarChange> ImportAsync(CalendarImportPreview preview, CalendarNotice notice, string user, CancellationToken cancellationToken)
    {
        var problems = preview.Problems.Select(p => new Problem(p.Row > 0 ? $"第{p.Row}行{p.Column}列" : "文件", p.Message)).ToList();
        if (string.IsNullOrWhiteSpace(notice.Title))
        {
            problems.Add(new Problem("通知标题", $"必填，如“国务院办公厅关于{preview.Year}年部分节假日安排的通知”"));
        }
        if (problems.Count == 0 && preview.Days.Count == 0)
        {
            problems.Add(new Problem("文件", "文件中没有任何日期"));
        }
        if (problems.Count > 0)
        {
            return new CalendarChange(problems, null, 0);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (from, to) = (new DateOnly(preview.Year, 1, 1), new DateOnly(preview.Year, 12, 31));
        var dates = preview.Days.Select(d => d.Date).ToList();
        var replaced = await db.Calendar.Where(c => (c.Date >= from && c.Date <= to) || dates.Contains(c.Date)).ToListAsync(cancellationToken);
        db.Calendar.RemoveRange(replaced);
        var existingYear = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == preview.Year, cancellationToken);
        if (existingYear is not null)
        {
            db.CalendarYears.Remove(existingYear);
        }
        await db.SaveChangesAsync(cancellationToken);
        var citation = new HolidayNotice(preview.Year, notice.DocNumber, notice.Title.Trim(), notice.IssuedOn, null, preview.Days).Citation;
        AddYear(db, new HolidayNotice(preview.Year, Clean(notice.DocNumber), notice.Title.Trim(), notice.IssuedOn, null, preview.Days), CalendarYearRow.Imported, user, citation);
        db.Audit.Add(Audit.Row(ApprovalAuditRow.CalendarEntity, preview.Year.ToString(CultureInfo.InvariantCulture), $"导入{preview.Year}年节假日安排", user, clock.GetUtcNow().UtcDateTime,
            Audit.Json(new { days = replaced.Count, year = existingYear?.Title }), Audit.Json(new { days = preview.Days.Count, notice = citation })));
        var first = dates.Append(from).Min();
        var last = dates.Append(to).Max();
        return await CommitAsync(db, transaction, first, last, cancellationToken);
    }

    /// <summary>
    /// Loads every shipped year not in the calendar yet (a year already there, shipped or imported, is left as it
    /// is, so nobody's corrections are overwritten), then gives due dates to records stored before they were kept.
    /// </summary>
    public async Task<int> EnsureShippedAsync(string user, CancellationToken cancellationToken)
    {
        await using var _ = await DatabaseLock.AcquireAsync(database.Options, "reserve:approvals-calendar", cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var present = await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        var added = HolidayArrangements.Shipped.Where(n => !present.Contains(n.Year)).ToList();
        if (added.Count > 0)
        {
            var dates = added.SelectMany(n => n.Days).Select(d => d.Date).ToList();
            var taken = (await db.Calendar.Where(c => dates.Contains(c.Date)).Select(c => c.Date).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var notice in added)
            {
                AddYear(db, notice with { Days = notice.Days.Where(d => !taken.Contains(d.Date)).ToList() }, CalendarYearRow.Shipped, user, notice.Citation);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        var calendar = await DueDateKeeper.CalendarAsync(db, cancellationToken);
        var moved = await DueDateKeeper.FillMissingAsync(db, calendar, cancellationToken);
        if (added.Count > 0)
        {
            var days = added.SelectMany(n => n.Days).Select(d => d.Date).ToList();
            moved += await DueDateKeeper.RecomputeAsync(db, calendar, days.Min(), days.Max(), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return moved;
    }

    private void AddYear(ApprovalsDbContext db, HolidayNotice notice, string origin, string user, string citation)
    {
        db.CalendarYears.Add(new CalendarYearRow
        {
            Year = notice.Year, DocNumber = notice.DocNumber, Title = notice.Title, IssuedOn = notice.IssuedOn, Amendment = notice.Amendment,
            Origin = origin, LoadedBy = user, LoadedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        foreach (var day in notice.Days)
        {
            db.Calendar.Add(new CalendarRow { Date = day.Date, IsWorkday = day.IsWorkday, Note = day.Note, Source = citation, Version = 1 });
        }
    }

    private static async Task<CalendarChange> CommitAsync(ApprovalsDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var moved = await DueDateKeeper.RecomputeAsync(db, await DueDateKeeper.CalendarAsync(db, cancellationToken), from, to, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CalendarChange([], null, moved);
    }

    private static string Stale(DateOnly date, CalendarRow? row) => row is null
        ? $"保存被拒绝：{ZhFormat.Date(date)}的登记已被他人删除，请刷新后重新修改。"
        : $"保存被拒绝：{ZhFormat.Date(date)}已被他人修改（版本 {row.Version}），请刷新后重新修改，他人的修改未被覆盖。";

    private static CalendarEntry Entry(CalendarRow row) => new(row.Date, row.IsWorkday, row.Note, row.Source, row.Version);

    private static string Key(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
