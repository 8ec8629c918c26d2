using System.Diagnostics.Metrics;
using Reserve.Jobs.Storage;

namespace Reserve.Jobs.Running;

/// <summary>
/// The jobs module's meter (<c>Reserve.Jobs</c>): the queue as the shared database holds it (queued and running
/// jobs, counted when <c>/metrics</c> is read) and the jobs this instance finished, by how they ended.
/// </summary>
internal sealed class JobsMetrics : IDisposable
{
    public const string MeterName = "Reserve.Jobs";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _finished;

    public JobsMetrics(JobStore store)
    {
        _meter.CreateObservableGauge("reserve.jobs.queue", () => store.CountLive().Select(c =>
            new Measurement<long>(c.Count, new KeyValuePair<string, object?>("state", c.State.ToString()))), "{job}", "Jobs queued or running in the shared database, by state");
        _finished = _meter.CreateCounter<long>("reserve.jobs.finished", "{job}", "Jobs this instance ended, by state (Succeeded, Failed, Cancelled)");
    }

    public void Finished(JobState state) => _finished.Add(1, new KeyValuePair<string, object?>("state", state.ToString()));

    public void Dispose() => _meter.Dispose();
}
