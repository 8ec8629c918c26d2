using Microsoft.EntityFrameworkCore;

namespace Reserve.Dispatch.Storage;

/// <summary>
/// The one way an item is written: create with version 1, or update only when the caller names the stored
/// version; either way with an audit row (who, when, JSON before and after) in the same transaction. A stale
/// version is refused with a message naming who changed the item and when; nothing is overwritten.
/// </summary>
internal static class VersionedWriter
{
    public static async Task<string?> SaveAsync<T>(DispatchDbContext db, T item, T? existing, int? expectedVersion, string user, DateTime now,
        string entity, string what, Func<T, long> idOf, CancellationToken cancellationToken) where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (existing is null)
        {
            if (expectedVersion is not null)
            {
                return $"{what}已不存在，可能已被删除，请刷新后重新填写";
            }
            var added = db.Add(item);
            Stamp(added, 1, user, now);
            try
            {
                // The id the audit row names comes from the database.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return $"保存被拒绝：{what}刚被他人同时填报，请刷新后在其基础上修改。";
            }
            db.Audit.Add(Row(entity, idOf(item), "创建", user, now, null, item));
        }
        else
        {
            var entry = db.Entry(existing);
            var current = entry.Property<int>(DispatchDbContext.VersionProperty).CurrentValue;
            if (expectedVersion != current)
            {
                var by = entry.Property<string>(DispatchDbContext.UpdatedByProperty).CurrentValue;
                var at = entry.Property<DateTime>(DispatchDbContext.UpdatedAtProperty).CurrentValue;
                return expectedVersion is null
                    ? $"{what}已由 {by} 于 {at:yyyy-MM-dd HH:mm}（UTC）填报（版本 {current}），请在其基础上修改，不会覆盖已有内容"
                    : $"保存被拒绝：{what}已由 {by} 于 {at:yyyy-MM-dd HH:mm}（UTC）修改（版本 {current}），您编辑的是版本 {expectedVersion}。请刷新后重新修改，您的内容未保存，也未覆盖他人的修改。";
            }
            var before = DispatchJson.Serialize(existing);
            entry.CurrentValues.SetValues(item);
            Stamp(entry, current + 1, user, now);
            db.Audit.Add(Row(entity, idOf(existing), "修改", user, now, before, item));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return $"保存被拒绝：{what}刚被他人修改，请刷新后重新修改。";
        }
        return null;
    }

    /// <summary>
    /// Creates every item (version 1) with an audit row each, in one transaction: all are stored or none (a
    /// unique key taken meanwhile refuses the whole batch with the message returned).
    /// </summary>
    public static async Task<string?> AddAllAsync<T>(DispatchDbContext db, IReadOnlyList<T> items, string user, DateTime now, string entity, string action,
        Func<T, long> idOf, CancellationToken cancellationToken) where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var item in items)
        {
            Stamp(db.Add(item), 1, user, now);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            db.Audit.AddRange(items.Select(item => Row(entity, idOf(item), action, user, now, null, item)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return "保存被拒绝：其中有报告刚被他人同时填报，本次导入全部未保存，请重新上传预览。";
        }
        return null;
    }

    public static async Task<Stored<T>?> FindAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) where T : class =>
        (await ListAsync(query, cancellationToken)).FirstOrDefault();

    public static async Task<IReadOnlyList<Stored<T>>> ListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) where T : class
    {
        var rows = await query.AsNoTracking()
            .Select(x => new
            {
                Item = x,
                Version = EF.Property<int>(x, DispatchDbContext.VersionProperty),
                At = EF.Property<DateTime>(x, DispatchDbContext.UpdatedAtProperty),
                By = EF.Property<string>(x, DispatchDbContext.UpdatedByProperty),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Stored<T>(r.Item, r.Version, r.At, r.By)).ToList();
    }

    private static void Stamp(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, int version, string user, DateTime now)
    {
        entry.Property(DispatchDbContext.VersionProperty).CurrentValue = version;
        entry.Property(DispatchDbContext.UpdatedAtProperty).CurrentValue = now;
        entry.Property(DispatchDbContext.UpdatedByProperty).CurrentValue = user;
    }

    private static DispatchAuditRow Row<T>(string entity, long id, string action, string user, DateTime now, string? before, T after) =>
        new() { Entity = entity, EntityId = id, Action = action, User = user, AtUtc = now, Before = before, After = DispatchJson.Serialize(after) };
}
