using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using Reserve.Host.Composition;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>The minimal-API endpoints built once at the start and kept, so that the server's route table does not compile every handler again.</summary>
public sealed class BuiltEndpointsTests
{
    [Fact]
    public async Task Sources_that_never_change_are_read_once_and_the_same_endpoints_served_after()
    {
        await using var app = WebApplication.CreateBuilder().Build();
        app.MapGet("/a", () => "a");
        app.MapPost("/b/{id:int}", (int id) => id);
        app.MapGroup("/g").MapGet("/c", () => "c");
        var changing = new ChangingSource();
        IEndpointRouteBuilder routes = app;
        routes.DataSources.Add(changing);
        var minimalApi = routes.DataSources.First();
        // Why the class exists: read twice, a minimal-API source builds its endpoints twice.
        Assert.NotSame(minimalApi.Endpoints[0], minimalApi.Endpoints[0]);
        var before = Patterns(routes.DataSources);

        BuiltEndpoints.Keep(app);

        Assert.Equal(before, Patterns(routes.DataSources));
        foreach (var source in routes.DataSources.Where(s => s != changing))
        {
            Assert.Same(source.Endpoints[0], source.Endpoints[0]);
        }
        Assert.Contains(changing, routes.DataSources);
    }

    private static List<string> Patterns(IEnumerable<EndpointDataSource> sources) =>
        [.. sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText ?? "")];

    /// <summary>A source that tells of changes (as the Razor pages' does): left to build its own endpoints.</summary>
    private sealed class ChangingSource : EndpointDataSource
    {
        private readonly CancellationTokenSource _changed = new();

        public override IReadOnlyList<Endpoint> Endpoints =>
            [new RouteEndpoint(_ => Task.CompletedTask, Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/changing"), 0, null, "changing")];

        public override IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);
    }
}
