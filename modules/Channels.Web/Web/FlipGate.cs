using System.Runtime.CompilerServices;
using Reserve.Channels;
using Reserve.Channels.Activation;
using Reserve.Documents;
using Reserve.Matching.Flips;
using Reserve.Projects;

namespace Reserve.Channels.Web;

/// <summary>
/// The flip report of a candidate over the whole stored reserve (streamed, one project at a time), dated today by
/// the injected clock: computed afresh for an activation, and once in the background for a version waiting to be
/// activated, so the plugins page can show it. The background report is kept per loaded version and forgotten with
/// it (a released version leaves nothing behind).
/// </summary>
internal sealed class FlipGate(IProjectReserve reserve, TimeProvider clock, ILogger<FlipGate> logger) : IFlipGate
{
    private readonly ConditionalWeakTable<LoadedPlugin, FlipPreview> _previews = new();

    public async Task<FlipEvidence> ReportAsync(LoadedPlugin? serving, LoadedPlugin candidate, CancellationToken cancellationToken)
    {
        var report = await BuildAsync(serving, candidate, cancellationToken);
        using var workbook = new MemoryStream();
        FlipReportWriter.Write(report, workbook);
        return new FlipEvidence(report.AsOf, report.Projects, report.ChangedResults, report.CountsInWords(), workbook.ToArray());
    }

    public void Prepare(LoadedPlugin? serving, LoadedPlugin candidate)
    {
        var preview = new FlipPreview(serving?.Version, Task.Run(() => BuildAsync(serving, candidate, CancellationToken.None)));
        _previews.AddOrUpdate(candidate, preview);
        preview.Report.ContinueWith(t => logger.LogWarning(t.Exception, "插件 {Id} {Version} 的翻转报告未能算出", candidate.Id, candidate.Version),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    /// <summary>The report computed when the version arrived, when it is ready and still made against the version serving now.</summary>
    public FlipReport? Preview(LoadedPlugin candidate, string? servingVersion) =>
        _previews.TryGetValue(candidate, out var preview) && preview.Against == servingVersion && preview.Report.IsCompletedSuccessfully
            ? preview.Report.Result
            : null;

    public async Task<FlipReport> BuildAsync(LoadedPlugin? serving, LoadedPlugin candidate, CancellationToken cancellationToken)
    {
        var builder = new FlipReportBuilder(serving, candidate, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        await foreach (var project in reserve.AllAsync(cancellationToken))
        {
            builder.Add(project);
        }
        return builder.Build();
    }

    private sealed record FlipPreview(string? Against, Task<FlipReport> Report);
}
