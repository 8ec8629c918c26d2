namespace Reserve.Jobs;

/// <summary>
/// Lets a job handler's synchronous work (a zip being written, rows being checked) report progress to its job: reports are
/// chained so they reach the job in order, and the job context itself throttles the database writes.
/// </summary>
public sealed class ThrottledProgress(JobContext context, Func<int, int, string> message, CancellationToken ct)
{
    private Task _pending = Task.CompletedTask;

    public void Report(int done, int total) =>
        _pending = _pending.ContinueWith(_ => context.ReportProgressAsync(done, total, message(done, total), ct), ct,
            TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();

    public Task FlushAsync() => _pending;
}
