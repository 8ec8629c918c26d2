using System.Text.Json;
using Reserve.Channels;
using Reserve.Jobs;
using Reserve.Matching;

namespace Reserve.Matching.Web;

/// <summary>
/// <c>rematch-all</c>: recomputes every project's results against the active channels, as a background job,
/// so that with several host instances it runs in exactly one of them. Payload <c>{"force":true}</c> re-matches
/// even when the stored results are current; otherwise a job that finds them current (another instance's job
/// already did the work) does nothing.
/// </summary>
public sealed class RematchAllJob(IMatchResults results, ChannelCatalog catalog) : IJobHandler
{
    public const string JobKind = "rematch-all";

    public string Kind => JobKind;

    /// <summary>
    /// One key per set of active plugin versions: instances starting with the same plugins queue one job between
    /// them, and a host started with other plugins queues its own.
    /// </summary>
    public static string DedupeKey(ChannelCatalog catalog) => $"{JobKind}:{catalog.ServingFingerprint()}";

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken ct)
    {
        var force = JsonDocument.Parse(context.PayloadJson).RootElement is { ValueKind: JsonValueKind.Object } payload
            && payload.TryGetProperty("force", out var value) && value.ValueKind == JsonValueKind.True;
        if (!force && !await results.IsStaleAsync(ct))
        {
            return new JobOutcome("匹配结果已是最新，无需重新匹配");
        }
        var progress = new JobProgress(context, ct);
        var count = await results.RematchAllAsync(progress, ct);
        await progress.FlushAsync();
        return new JobOutcome($"已重新匹配 {count} 个项目（{catalog.Channels.Count} 个渠道）");
    }

    /// <summary>Carries the engine's (done, total) reports to the job; the context throttles the writes.</summary>
    private sealed class JobProgress(JobContext context, CancellationToken ct) : IProgress<(int Done, int Total)>
    {
        private Task _pending = Task.CompletedTask;

        public void Report((int Done, int Total) value) =>
            _pending = _pending.ContinueWith(_ => context.ReportProgressAsync(value.Done, value.Total, $"已匹配 {value.Done}/{value.Total} 个项目", ct), ct, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();

        public Task FlushAsync() => _pending;
    }
}
