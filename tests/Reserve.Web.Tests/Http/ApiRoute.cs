using Xunit;

namespace Reserve.Web.Tests.Http;

/// <summary>What a caller gets from a route: the status, and what the body must say (a refusal's reason, the data's scope).</summary>
internal sealed record Expectation(int Status, Func<Answer, PermissionScene, HttpClient, Task>? Check = null);

/// <summary>
/// One route of the API with its request and, for every <see cref="Caller"/>, either the expected answer or why
/// the caller does not apply to it. <see cref="ApiRoutes"/> holds them all.
/// </summary>
internal sealed class ApiRoute(string method, string template, Func<PermissionScene, Caller, HttpClient, Task<HttpRequestMessage>> request)
{
    public ApiRoute(string method, string template, Func<PermissionScene, Caller, HttpRequestMessage> request)
        : this(method, template, (scene, caller, _) => Task.FromResult(request(scene, caller)))
    {
    }

    public const string NotSignedIn = "请先登录";
    public const string NotPermitted = "无权执行此操作";
    public const string OtherDepartment = "无权查看其他部门的项目";

    private readonly Dictionary<Caller, Expectation> _expected = [];
    private readonly Dictionary<Caller, string> _notApplicable = [];

    public string Method { get; } = method;
    public string Template { get; } = template;
    public string Key => $"{Method} {Template}";
    public IReadOnlyDictionary<Caller, Expectation> Expected => _expected;
    public IReadOnlyDictionary<Caller, string> NotApplicable => _notApplicable;

    /// <summary>The request this caller sends (a client is given for routes that must first read, e.g. the version to edit).</summary>
    public Task<HttpRequestMessage> RequestAsync(PermissionScene scene, Caller caller, HttpClient client) => request(scene, caller, client);

    public ApiRoute Expect(Caller caller, int status, Func<Answer, PermissionScene, HttpClient, Task>? check = null)
    {
        _expected.Add(caller, new Expectation(status, check));
        return this;
    }

    public ApiRoute Expect(Caller caller, int status, Action<Answer, PermissionScene> check) =>
        Expect(caller, status, (answer, scene, _) =>
        {
            check(answer, scene);
            return Task.CompletedTask;
        });

    /// <summary>Refused with the reason in the body.</summary>
    public ApiRoute Refuse(int status, string reason, params Caller[] callers)
    {
        foreach (var caller in callers)
        {
            Expect(caller, status, (answer, _) => Assert.Equal(reason, answer.Error));
        }
        return this;
    }

    /// <summary>Every route but the login answers an anonymous caller 401 with a Chinese reason.</summary>
    public ApiRoute AnonymousRefused() => Refuse(401, NotSignedIn, Caller.Anonymous);

    public ApiRoute OnlyForClerks() => Refuse(403, NotPermitted, Caller.Reviewer, Caller.Leader, Caller.Admin);

    public ApiRoute NotFor(Caller caller, string why)
    {
        _notApplicable.Add(caller, why);
        return this;
    }
}
