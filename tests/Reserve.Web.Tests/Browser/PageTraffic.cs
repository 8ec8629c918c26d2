using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// What a page asked of the server and when each answer came, so that a navigation that never finishes loading
/// says which request it was waiting for (the page's, a script's, a style's) instead of only "timeout".
/// </summary>
internal sealed class PageTraffic
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<object, Entry> _entries = new();

    public PageTraffic(IPage page)
    {
        page.Request += (_, r) => _entries[r] = new Entry(r.Method + " " + r.Url, _clock.Elapsed);
        page.RequestFinished += (_, r) => Finish(r, "done");
        page.RequestFailed += (_, r) => Finish(r, "failed: " + r.Failure);
        page.FrameNavigated += (_, f) => Note("navigated to " + f.Url);
        page.Load += (_, _) => Note("load");
        page.DOMContentLoaded += (_, _) => Note("DOMContentLoaded");
    }

    /// <summary>The last requests and page events, oldest first, with the ones still waiting marked.</summary>
    public string Describe(int last = 25) =>
        string.Join('\n', _entries.Values.OrderBy(e => e.Started).TakeLast(last).Select(e =>
            $"{e.Started.TotalSeconds,8:0.000}s {e.What} → {(e.Outcome is null ? $"still waiting after {(_clock.Elapsed - e.Started).TotalSeconds:0.0}s" : $"{e.Outcome} at {e.Ended!.Value.TotalSeconds:0.000}s")}"));

    private void Finish(IRequest request, string outcome)
    {
        if (_entries.TryGetValue(request, out var entry))
        {
            entry.Outcome = outcome;
            entry.Ended = _clock.Elapsed;
        }
    }

    private void Note(string what) => _entries[new object()] = new Entry("— " + what, _clock.Elapsed) { Outcome = "", Ended = _clock.Elapsed };

    private sealed class Entry(string what, TimeSpan started)
    {
        public string What { get; } = what;
        public TimeSpan Started { get; } = started;
        public string? Outcome { get; set; }
        public TimeSpan? Ended { get; set; }
    }
}
