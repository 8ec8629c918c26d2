using System.Text.Json.Nodes;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Http;

/// <summary>Every API route × every caller, over plain HTTP with the caller's session cookie, against the real host.</summary>
[Collection(SiteCollection.Name)]
public sealed class ApiPermissionTests(ReserveSite site)
{
    public static TheoryData<string, Caller> Cases
    {
        get
        {
            var cases = new TheoryData<string, Caller>();
            foreach (var route in ApiRoutes.All)
            {
                foreach (var caller in route.Expected.Keys)
                {
                    cases.Add(route.Key, caller);
                }
            }
            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_route_answers_each_caller_as_the_permissions_say(string route, Caller caller)
    {
        var subject = ApiRoutes.All.Single(r => r.Key == route);
        var expected = subject.Expected[caller];
        var scene = await PermissionScene.ForAsync(site);
        using var client = await caller.ClientAsync(site);
        using var request = await subject.RequestAsync(scene, caller, client);

        using var response = await client.SendAsync(request);
        var answer = await Answer.ReadAsync(response);

        Assert.True(expected.Status == answer.Status, $"{route} as {caller}: expected {expected.Status}, got {answer}");
        if (expected.Check is { } check)
        {
            await check(answer, scene, client);
        }
    }

    /// <summary>
    /// Route families whose route-by-role permissions are proven by a test class of their own (each checks every
    /// route of its family for every role); every other route must have its cases in <see cref="ApiRoutes"/>.
    /// </summary>
    private static readonly (string Prefix, string TestedBy)[] CoveredElsewhere =
    [
        ("/api/jobs", nameof(JobRouteTests)),
        ("/api/submissions", "Reserve.Host.Tests.Web.WebRoutePermissionTests"),
        ("/api/audit", "Reserve.Host.Tests.Web.WebRoutePermissionTests"),
        ("/api/users", "Reserve.Host.Tests.Web.WebRoutePermissionTests"),
        ("/api/departments", "Reserve.Host.Tests.Web.WebRoutePermissionTests"),
        ("/api/plugins/{id}/golden", "Reserve.Host.Tests.Web.WebRoutePermissionTests"),
        ("/api/plugins/flip-reports", "Reserve.Host.Tests.Web.WebRoutePermissionTests"),
        ("/api/dispatch", "Reserve.Dispatch.Web.Tests.DispatchPermissionTests"),
        ("/api/promotion", "Reserve.Promotion.Web.Tests.RoutePermissionTests"),
        ("/api/approvals", "Reserve.Promotion.Web.Tests.RoutePermissionTests"),
        ("/api/instructions", "Reserve.Instructions.Web.Tests.RoutePermissionTests"),
        ("/api/notifications", "Reserve.Instructions.Web.Tests.RoutePermissionTests"),
        ("/api/funding", "Reserve.Host.Tests.Web.FundingApiTests"),
        ("/api/plan", "Reserve.Host.Tests.Web.PlanRouteTests"),
        ("/api/plugins/changes", "Reserve.Host.Tests.Web.PluginActivationTests"),
        ("/api/plugins/{id}/versions", "Reserve.Host.Tests.Web.PluginActivationTests"),
        ("/api/plugins/{id}/restore", "Reserve.Host.Tests.Web.PluginActivationTests"),
        ("/api/plugins/{id}/disable", "Reserve.Host.Tests.Web.PluginActivationTests"),
        ("/api/plugins/{id}/enable", "Reserve.Host.Tests.Web.PluginActivationTests"),
    ];

    [Fact]
    public async Task Every_route_of_the_openapi_document_has_a_case_for_every_caller()
    {
        using var reviewer = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        var document = JsonNode.Parse(await reviewer.Http.GetStringAsync("/openapi/v1.json"))!;
        var served = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"))
            .Where(route => !CoveredElsewhere.Any(c => route.Split(' ')[1].StartsWith(c.Prefix, StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
        var tested = ApiRoutes.All.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        Assert.True(served.Count >= 18, "the OpenAPI document lists too few routes: " + string.Join(", ", served));
        Assert.True(served.SetEquals(tested),
            $"routes without a permission case: {string.Join(", ", served.Except(tested))}; cases for routes not served: {string.Join(", ", tested.Except(served))}");
        foreach (var route in ApiRoutes.All)
        {
            var decided = route.Expected.Keys.Concat(route.NotApplicable.Keys).ToList();
            Assert.True(decided.Count == decided.Distinct().Count(), $"{route.Key} decides a caller twice");
            Assert.True(Enum.GetValues<Caller>().All(decided.Contains),
                $"{route.Key} says nothing for {string.Join(", ", Enum.GetValues<Caller>().Except(decided))}");
            Assert.Contains(Caller.Anonymous, route.Expected.Keys);
        }
    }

    [Fact]
    public async Task The_openapi_document_and_a_wrong_password_are_refused_with_chinese_reasons()
    {
        using var anonymous = site.Client();
        var document = await Answer.ReadAsync(await anonymous.GetAsync("/openapi/v1.json"));
        Assert.Equal(401, document.Status);
        Assert.Equal(ApiRoute.NotSignedIn, document.Error);

        var wrong = await Answer.ReadAsync(await anonymous.PostAsync("/api/auth/login",
            System.Net.Http.Json.JsonContent.Create(new { login = Demo.Leader, password = "not-the-password" })));
        Assert.Equal(401, wrong.Status);
        Assert.StartsWith("用户名或密码不正确", wrong.Error);
        Assert.Equal(401, (int)(await anonymous.GetAsync("/api/auth/me")).StatusCode);
    }
}
