using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Reserve.Host.Composition;

/// <summary>
/// The application's endpoint sources that can never change, each replaced by the endpoints it built once. A
/// minimal-API source builds its endpoints anew whenever they are read, compiling every handler's request delegate again
/// from expression trees (114 handlers here), and a start reads them three times: the warm-up, the sign-in page requested
/// in process, and the server's own route table at its first request — which then took about 250 ms instead of 85–130 ms
/// (BENCHMARKS.md §7). A source that tells of changes (the Razor pages') is left as it is.
/// </summary>
internal static class BuiltEndpoints
{
    /// <summary>Called once every route is mapped: a route mapped later on a kept source would not be served.</summary>
    public static void Keep(IEndpointRouteBuilder routes)
    {
        var sources = routes.DataSources;
        var all = sources.ToList();
        sources.Clear();
        foreach (var source in all)
        {
            sources.Add(NeverChanges(source) ? new Kept(source.Endpoints) : source);
        }
    }

    private static bool NeverChanges(EndpointDataSource source) =>
        source.GetChangeToken() is { ActiveChangeCallbacks: false, HasChanged: false };

    private sealed class Kept(IReadOnlyList<Endpoint> endpoints) : EndpointDataSource
    {
        public override IReadOnlyList<Endpoint> Endpoints => endpoints;

        public override IChangeToken GetChangeToken() => NullChangeToken.Singleton;
    }
}
