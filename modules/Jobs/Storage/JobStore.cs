using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;

namespace Reserve.Jobs.Storage;

/// <summary>
/// Every change of a job's state is one conditional statement, so that instances sharing the database never
/// both act on one job: a claim takes a queued job only if it is still queued (PostgreSQL also skips rows
/// another instance is claiming, <c>FOR UPDATE SKIP LOCKED</c>), and an instance changes a running job only
/// while the job is still claimed by it.
/// </summary>
internal sealed class JobStore(IDbContextFactory<JobsDbContext> contexts, JobsDatabase database, TimeProvider clock)
{
    private const string Queued = nameof(JobState.Queued);
    private const string Running = nameof(JobState.Running);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<JobRow> EnqueueAsync(JobRow job, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (job.DedupeKey is not null && await LiveWithKeyAsync(db, job.DedupeKey, ct) is { } live)
        {
            return live;
        }
        job.State = JobState.Queued;
        job.CreatedAtUtc = Now;
        db.Jobs.Add(job);
        try
        {
            await db.SaveChangesAsync(ct);
            return job;
        }
        catch (DbUpdateException ex) when (job.DedupeKey is not null && DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another instance queued the same work between our look and our insert: the unique index kept one.
            db.ChangeTracker.Clear();
            return await LiveWithKeyAsync(db, job.DedupeKey, ct)
                ?? throw new InvalidOperationException($"任务去重键“{job.DedupeKey}”冲突，但找不到对应的任务", ex);
        }
    }

    /// <summary>
    /// Deletes the jobs that ended (已完成, 失败, 已取消) more than <paramref name="retention"/> ago, with their files,
    /// in one transaction. Returns how many jobs went.
    /// </summary>
    public async Task<int> PruneEndedAsync(TimeSpan retention, CancellationToken ct)
    {
        var cutoff = Now - retention;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ended = db.Jobs.Where(j => (j.State == JobState.Succeeded || j.State == JobState.Failed || j.State == JobState.Cancelled) && j.FinishedAtUtc < cutoff);
        // Look first: almost every call finds nothing, and then takes no write lock.
        if (!await ended.AnyAsync(ct))
        {
            return 0;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Files.Where(f => ended.Any(j => j.Id == f.JobId)).ExecuteDeleteAsync(ct);
        var deleted = await ended.ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return deleted;
    }

    public async Task<JobRow?> FindAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
    }

    public async Task<IReadOnlyList<JobRow>> RecentAsync(string? requestedBy, int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var jobs = db.Jobs.AsNoTracking();
        if (requestedBy is not null)
        {
            jobs = jobs.Where(j => j.RequestedBy == requestedBy);
        }
        return await jobs.OrderByDescending(j => j.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
    }

    public async Task<JobFileRow?> FileAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.JobId == id, ct);
    }

    /// <summary>Takes the oldest queued job for <paramref name="instance"/>, or null when none is left.</summary>
    public async Task<JobRow?> ClaimAsync(string instance, CancellationToken ct)
    {
        var skipLocked = database.Options.IsPostgres ? " FOR UPDATE SKIP LOCKED" : "";
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Look before writing: an idle poll then only reads, and never waits behind a long SQLite write (an import).
        if (!await db.Jobs.AnyAsync(j => j.State == JobState.Queued, ct))
        {
            return null;
        }
        var claimed = await db.Database.ColumnAsync<long>(
            $"""
            UPDATE {JobsDbContext.QueueTable}
            SET "State" = @running, "ClaimedBy" = @instance, "StartedAtUtc" = @now, "HeartbeatAtUtc" = @now, "FinishedAtUtc" = NULL
            WHERE "State" = @queued AND "Id" = (SELECT "Id" FROM {JobsDbContext.QueueTable} WHERE "State" = @queued ORDER BY "Id" LIMIT 1{skipLocked})
            RETURNING "Id"
            """,
            new Dictionary<string, object?> { ["running"] = Running, ["queued"] = Queued, ["instance"] = instance, ["now"] = Now }, ct);
        return claimed.Count == 0 ? null : await db.Jobs.AsNoTracking().FirstAsync(j => j.Id == claimed[0], ct);
    }

    /// <summary>
    /// Writes the heartbeat (and progress, when given) of a job this instance runs. Returns whether it was
    /// asked to cancel, or null when the job is no longer this instance's (recovered by another, or ended).
    /// </summary>
    public async Task<bool?> BeatAsync(long id, string instance, (int Done, int Total, string? Message)? progress, CancellationToken ct)
    {
        var set = progress is null ? "" : ", \"Done\" = @done, \"Total\" = @total, \"Message\" = @message";
        await using var db = await contexts.CreateDbContextAsync(ct);
        var answer = await db.Database.ColumnAsync<bool>(
            $"""
            UPDATE {JobsDbContext.QueueTable} SET "HeartbeatAtUtc" = @now{set}
            WHERE "Id" = @id AND "ClaimedBy" = @instance AND "State" = @running
            RETURNING "CancelRequested"
            """,
            new Dictionary<string, object?>
            {
                ["now"] = Now, ["id"] = id, ["instance"] = instance, ["running"] = Running,
                ["done"] = progress?.Done, ["total"] = progress?.Total, ["message"] = Clip(progress?.Message),
            }, ct);
        return answer.Count == 0 ? null : answer[0];
    }

    /// <summary>Ends a job this instance runs; with a file, the file is stored in the same transaction.</summary>
    public async Task<bool> FinishAsync(long id, string instance, JobState state, string? message, string? error, JobFile? file, (int Done, int Total)? progress, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var set = progress is null ? "" : ", \"Done\" = @done, \"Total\" = @total";
        var changed = await db.Database.ExecuteAsync(
            $"""
            UPDATE {JobsDbContext.QueueTable}
            SET "State" = @state, "FinishedAtUtc" = @now, "HeartbeatAtUtc" = @now, "Message" = COALESCE(@message, "Message"), "Error" = @error, "ResultFileName" = @file{set}
            WHERE "Id" = @id AND "ClaimedBy" = @instance AND "State" = @running
            """,
            new Dictionary<string, object?>
            {
                ["state"] = state.ToString(), ["now"] = Now, ["message"] = Clip(message), ["error"] = error, ["file"] = file?.FileName,
                ["id"] = id, ["instance"] = instance, ["running"] = Running, ["done"] = progress?.Done, ["total"] = progress?.Total,
            }, ct);
        if (changed == 1 && file is not null)
        {
            db.Files.Add(new JobFileRow { JobId = id, FileName = file.FileName, ContentType = file.ContentType, Content = file.Content });
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return changed == 1;
    }

    /// <summary>Gives a job back to the queue (this instance is shutting down): another instance will take it.</summary>
    public async Task<bool> ReleaseAsync(long id, string instance, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Database.ExecuteAsync(
            $"""
            UPDATE {JobsDbContext.QueueTable} SET "State" = @queued, "ClaimedBy" = NULL, "StartedAtUtc" = NULL, "HeartbeatAtUtc" = NULL
            WHERE "Id" = @id AND "ClaimedBy" = @instance AND "State" = @running
            """,
            new Dictionary<string, object?> { ["queued"] = Queued, ["id"] = id, ["instance"] = instance, ["running"] = Running }, ct) == 1;
    }

    /// <summary>
    /// Jobs whose instance stopped beating: queued again the first time, failed the second (a job that kills
    /// its instance must not kill them all in turn). Returns how many were queued again and how many failed.
    /// </summary>
    public Task<(int Requeued, int Failed)> RecoverStaleAsync(TimeSpan staleAfter, CancellationToken ct) =>
        RecoverAsync(Now - staleAfter, null, "无心跳", ct);

    /// <summary>
    /// At an instance's start: jobs still marked running under its own name were left by its previous process (killed,
    /// or the machine lost power), recovered at once rather than after <c>StaleAfter</c>. A job beaten within
    /// <paramref name="quiet"/> is left alone, in case a second live process was given the same name by mistake.
    /// </summary>
    public Task<(int Requeued, int Failed)> RecoverOwnAsync(string instance, TimeSpan quiet, CancellationToken ct) =>
        RecoverAsync(Now - quiet, instance, $"实例 {instance} 被终止后重新启动", ct);

    private async Task<(int Requeued, int Failed)> RecoverAsync(DateTime cutoff, string? instance, string cause, CancellationToken ct)
    {
        var now = Now;
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Jobs.AnyAsync(j => j.State == JobState.Running && (j.HeartbeatAtUtc == null || j.HeartbeatAtUtc < cutoff) && (instance == null || j.ClaimedBy == instance), ct))
        {
            return (0, 0);
        }
        var owner = instance is null ? "" : """ AND "ClaimedBy" = @instance""";
        var failed = await db.Database.ExecuteAsync(
            $"""
            UPDATE {JobsDbContext.QueueTable} SET "State" = @failed, "FinishedAtUtc" = @now, "Error" = @error
            WHERE "State" = @running AND ("HeartbeatAtUtc" IS NULL OR "HeartbeatAtUtc" < @cutoff) AND "Recoveries" >= 1{owner}
            """,
            new Dictionary<string, object?>
            {
                ["failed"] = nameof(JobState.Failed), ["now"] = now, ["running"] = Running, ["cutoff"] = cutoff, ["instance"] = instance,
                ["error"] = $"执行该任务的实例两次中断（{cause}），任务已终止；请检查日志后重新提交",
            }, ct);
        var requeued = await db.Database.ExecuteAsync(
            $"""
            UPDATE {JobsDbContext.QueueTable}
            SET "State" = @queued, "ClaimedBy" = NULL, "StartedAtUtc" = NULL, "HeartbeatAtUtc" = NULL, "Recoveries" = "Recoveries" + 1,
                "Message" = @message
            WHERE "State" = @running AND ("HeartbeatAtUtc" IS NULL OR "HeartbeatAtUtc" < @cutoff) AND "Recoveries" = 0{owner}
            """,
            new Dictionary<string, object?>
            {
                ["queued"] = Queued, ["running"] = Running, ["cutoff"] = cutoff, ["instance"] = instance,
                ["message"] = $"执行该任务的实例中断（{cause}），已重新排队",
            }, ct);
        return (requeued, failed);
    }

    /// <summary>Queued and running jobs by state (both states always listed), for the queue gauge of /metrics.</summary>
    public IReadOnlyList<(JobState State, long Count)> CountLive()
    {
        using var db = contexts.CreateDbContext();
        var counts = db.Jobs.AsNoTracking().Where(j => j.State == JobState.Queued || j.State == JobState.Running)
            .GroupBy(j => j.State).Select(g => new { g.Key, Count = g.LongCount() }).ToList();
        return [.. new[] { JobState.Queued, JobState.Running }.Select(s => (s, counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0))];
    }

    public async Task<bool> CancelAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = Now;
        var cancelled = await db.Database.ExecuteAsync(
            $"""UPDATE {JobsDbContext.QueueTable} SET "State" = @cancelled, "FinishedAtUtc" = @now, "Message" = @message WHERE "Id" = @id AND "State" = @queued""",
            new Dictionary<string, object?> { ["cancelled"] = nameof(JobState.Cancelled), ["now"] = now, ["message"] = "已取消（尚未开始）", ["id"] = id, ["queued"] = Queued }, ct);
        if (cancelled == 1)
        {
            return true;
        }
        return await db.Database.ExecuteAsync(
            $"""UPDATE {JobsDbContext.QueueTable} SET "CancelRequested" = @yes WHERE "Id" = @id AND "State" = @running""",
            new Dictionary<string, object?> { ["yes"] = true, ["id"] = id, ["running"] = Running }, ct) == 1;
    }

    private static Task<JobRow?> LiveWithKeyAsync(JobsDbContext db, string key, CancellationToken ct) =>
        db.Jobs.AsNoTracking().Where(j => j.DedupeKey == key && (j.State == JobState.Queued || j.State == JobState.Running)).FirstOrDefaultAsync(ct);

    private static string? Clip(string? message) => message is { Length: > 1000 } ? message[..1000] : message;
}
