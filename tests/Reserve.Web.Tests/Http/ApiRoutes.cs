using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Reserve.Web.Tests.Files;
using Reserve.Web.Tests.Site;
using Xunit;
using static Reserve.Web.Tests.Http.ApiRoute;

namespace Reserve.Web.Tests.Http;

/// <summary>
/// Every route of the API with what each caller gets (issue 5: a clerk reads and changes only the own
/// department's projects; reviewers and leaders read everything, leaders change nothing; administrators see
/// no reserve data). A route the OpenAPI document lists but this table does not fails
/// <see cref="ApiPermissionTests.Every_route_of_the_openapi_document_has_a_case_for_every_caller"/>.
/// </summary>
internal static class ApiRoutes
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string NoDepartmentInRequest = "请求不指定部门：填报员只得本部门的数据由 Clerk 用例检查";
    private const string NotDepartmentData = "不涉及部门数据";
    private const string SameForEveryone = "与角色无关";

    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        new ApiRoute("POST", "/api/auth/login", (_, _) => Post("/api/auth/login", JsonContent.Create(new { login = Demo.Leader, password = Demo.Password })))
            .Expect(Caller.Anonymous, 200, (a, _) => Assert.Equal((Demo.Leader, "CityLeader"), (Text(a.Json["login"]), Text(a.Json["role"]))))
            .NotFor(Caller.Clerk, SameForEveryone).NotFor(Caller.ClerkOfOtherDepartment, SameForEveryone).NotFor(Caller.Reviewer, SameForEveryone)
            .NotFor(Caller.Leader, SameForEveryone).NotFor(Caller.Admin, SameForEveryone),

        new ApiRoute("POST", "/api/auth/logout", (_, _) => Post("/api/auth/logout", null))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 204, SignedOut).Expect(Caller.Reviewer, 204, SignedOut).Expect(Caller.Leader, 204, SignedOut).Expect(Caller.Admin, 204, SignedOut)
            .NotFor(Caller.ClerkOfOtherDepartment, NotDepartmentData),

        new ApiRoute("GET", "/api/auth/me", (_, _) => Get("/api/auth/me"))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, (a, _) => Assert.Equal((Demo.Clerk, Demo.ClerkDepartment), (Text(a.Json["login"]), Text(a.Json["department"]))))
            .Expect(Caller.Reviewer, 200, (a, _) => Assert.Equal(Demo.Reviewer, Text(a.Json["login"])))
            .Expect(Caller.Leader, 200, (a, _) => Assert.Equal(Demo.Leader, Text(a.Json["login"])))
            .Expect(Caller.Admin, 200, (a, _) => Assert.Equal(Demo.Admin, Text(a.Json["login"])))
            .NotFor(Caller.ClerkOfOtherDepartment, NotDepartmentData),

        new ApiRoute("GET", "/api/plugins", (_, _) => Get("/api/plugins"))
            .AnonymousRefused()
            .Refuse(403, NotPermitted, Caller.Clerk, Caller.Reviewer, Caller.Leader)
            .Expect(Caller.Admin, 200, (a, _) => Assert.Contains(a.Json.AsArray(), p => Text(p!["id"]) == "special-bonds"))
            .NotFor(Caller.ClerkOfOtherDepartment, NotDepartmentData),

        new ApiRoute("GET", "/api/channels", (_, _) => Get("/api/channels"))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, ListsChannels).Expect(Caller.Reviewer, 200, ListsChannels)
            .Expect(Caller.Leader, 200, ListsChannels).Expect(Caller.Admin, 200, ListsChannels)
            .NotFor(Caller.ClerkOfOtherDepartment, NotDepartmentData),

        new ApiRoute("GET", "/api/projects", (_, caller) => Get("/api/projects?take=500" + (caller == Caller.ClerkOfOtherDepartment ? "&department=" + Uri.EscapeDataString(Demo.SubmittedDepartment) : "")))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, OnlyOwnDepartmentListed)
            // Naming another department in the query does not widen a clerk's list.
            .Expect(Caller.ClerkOfOtherDepartment, 200, OnlyOwnDepartmentListed)
            .Expect(Caller.Reviewer, 200, EveryDepartmentListed).Expect(Caller.Leader, 200, EveryDepartmentListed)
            .Refuse(403, NotPermitted, Caller.Admin),

        new ApiRoute("POST", "/api/projects", (_, caller) => Post("/api/projects", JsonContent.Create(new
            {
                project = ReserveApi.MinimalProject(Demo.UniqueName("接口新建项目"), caller == Caller.ClerkOfOtherDepartment ? Demo.SubmittedDepartment : Demo.ClerkDepartment),
            })))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 201, (a, _) => Assert.Equal(Demo.ClerkDepartment, Text(a.Json["project"]!["department"])))
            .Refuse(403, $"项目主管部门只能是本部门（{Demo.ClerkDepartment}）", Caller.ClerkOfOtherDepartment)
            .OnlyForClerks(),

        ProjectRead("/api/projects/{id}", id => $"/api/projects/{id}", (a, id) => Assert.Equal(id, Text(a.Json["project"]!["id"]))),

        new ApiRoute("PUT", "/api/projects/{id}", EditRequestAsync)
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, (a, _) => Assert.Equal(EditMarker(Caller.Clerk), Text(a.Json["project"]!["scale"])))
            .Expect(Caller.ClerkOfOtherDepartment, 403, RefusedEditLeftNoTrace(Caller.ClerkOfOtherDepartment, OtherDepartment))
            .Expect(Caller.Reviewer, 403, RefusedEditLeftNoTrace(Caller.Reviewer, NotPermitted))
            .Expect(Caller.Leader, 403, RefusedEditLeftNoTrace(Caller.Leader, NotPermitted))
            .Expect(Caller.Admin, 403, RefusedEditLeftNoTrace(Caller.Admin, NotPermitted)),

        new ApiRoute("POST", "/api/projects/{id}/withdraw", (scene, caller, _) => WithdrawalRequestAsync(scene, caller, "withdraw"))
            .AnonymousRefused()
            // The clerk's withdrawal is undone at once: the other cases work on the same project.
            .Expect(Caller.Clerk, 200, async (a, scene, client) =>
            {
                Assert.Equal(WithdrawReason, Text((await ProjectOf(scene.Observer, scene.OwnProject))["withdrawal"]!["reason"]));
                var restored = await client.PostAsJsonAsync($"/api/projects/{scene.OwnProject}/restore", new { version = a.Json["version"]!.GetValue<int>() });
                Assert.Equal(200, (int)restored.StatusCode);
            })
            .Expect(Caller.ClerkOfOtherDepartment, 403, NotWithdrawn(Caller.ClerkOfOtherDepartment, OtherDepartment))
            .Expect(Caller.Reviewer, 403, NotWithdrawn(Caller.Reviewer, NotPermitted))
            .Expect(Caller.Leader, 403, NotWithdrawn(Caller.Leader, NotPermitted))
            .Expect(Caller.Admin, 403, NotWithdrawn(Caller.Admin, NotPermitted)),

        new ApiRoute("POST", "/api/projects/{id}/restore", (scene, caller, client) => WithdrawalRequestAsync(scene, caller, "restore", client))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, async (_, scene, _) => Assert.Null((await ProjectOf(scene.Observer, scene.OwnProject))["withdrawal"]))
            .Expect(Caller.ClerkOfOtherDepartment, 403, NotWithdrawn(Caller.ClerkOfOtherDepartment, OtherDepartment))
            .Expect(Caller.Reviewer, 403, NotWithdrawn(Caller.Reviewer, NotPermitted))
            .Expect(Caller.Leader, 403, NotWithdrawn(Caller.Leader, NotPermitted))
            .Expect(Caller.Admin, 403, NotWithdrawn(Caller.Admin, NotPermitted)),

        ProjectRead("/api/projects/{id}/matches", id => $"/api/projects/{id}/matches",
            (a, id) => Assert.All(a.Json.AsArray(), m => Assert.Equal(id, Text(m!["projectId"])))),

        ProjectRead("/api/projects/{id}/audit", id => $"/api/projects/{id}/audit", (a, _) => Assert.NotEmpty(a.Json.AsArray())),

        ProjectRead("/api/projects/{id}/documents/{channel}", id => $"/api/projects/{id}/documents/{PermissionScene.Channel}",
            (a, _) => Assert.Equal(Docx, a.MediaType)),

        new ApiRoute("GET", "/api/summary.xlsx", (_, _) => Get("/api/summary.xlsx"))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, async (a, _, client) =>
            {
                var rows = SummaryRows(a);
                Assert.All(rows, r => Assert.Equal(Demo.ClerkDepartment, r["主管部门"]));
                Assert.Equal(await TotalAsync(client), rows.Count);
            })
            .Expect(Caller.Reviewer, 200, (a, _) => Assert.Contains(SummaryRows(a), r => r["主管部门"] == Demo.SubmittedDepartment))
            .Expect(Caller.Leader, 200, (a, _) => Assert.Contains(SummaryRows(a), r => r["主管部门"] == Demo.SubmittedDepartment))
            .Refuse(403, NotPermitted, Caller.Admin)
            .NotFor(Caller.ClerkOfOtherDepartment, NoDepartmentInRequest),

        new ApiRoute("GET", "/api/import/template.xlsx", (_, _) => Get("/api/import/template.xlsx"))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, (a, _) =>
            {
                Assert.Equal(Xlsx, a.MediaType);
                Assert.Contains("项目名称", OfficeFile.FirstRow(a.Body));
            })
            .OnlyForClerks()
            .NotFor(Caller.ClerkOfOtherDepartment, NotDepartmentData),

        new ApiRoute("GET", "/api/matches/summary", (_, _) => Get("/api/matches/summary"))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, CountsEveryVisibleProject).Expect(Caller.Reviewer, 200, CountsEveryVisibleProject)
            .Expect(Caller.Leader, 200, CountsEveryVisibleProject)
            .Refuse(403, NotPermitted, Caller.Admin)
            .NotFor(Caller.ClerkOfOtherDepartment, NoDepartmentInRequest),

        new ApiRoute("GET", "/api/aggregates", (_, _) => Get("/api/aggregates"))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, (a, _) => Assert.Equal([Demo.ClerkDepartment], Departments(a)))
            .Expect(Caller.Reviewer, 200, (a, _) => Assert.Contains(Demo.SubmittedDepartment, Departments(a)))
            .Expect(Caller.Leader, 200, (a, _) => Assert.Contains(Demo.SubmittedDepartment, Departments(a)))
            .Refuse(403, NotPermitted, Caller.Admin)
            .NotFor(Caller.ClerkOfOtherDepartment, NoDepartmentInRequest),

        new ApiRoute("POST", "/api/import/preview", (_, caller) => Upload("/api/import/preview", caller))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, (a, _) => Assert.Equal((1, 0), (Number(a.Json["valid"]), Number(a.Json["invalid"]))))
            .Expect(Caller.ClerkOfOtherDepartment, 200, (a, _) =>
            {
                Assert.Equal((0, 1), (Number(a.Json["valid"]), Number(a.Json["invalid"])));
                Assert.Contains(a.Json["problems"]!.AsArray(), p => Text(p!["column"]) == "主管部门" && Text(p["message"]).Contains("只能导入本部门", StringComparison.Ordinal));
            })
            .OnlyForClerks(),

        new ApiRoute("POST", "/api/import", (_, caller) => Upload("/api/import", caller))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, async (a, scene, _) =>
            {
                var id = Text(Assert.Single(a.Json["ids"]!.AsArray()));
                var stored = JsonNode.Parse(await scene.Observer.GetStringAsync($"/api/projects/{id}"))!;
                Assert.Equal(Demo.ClerkDepartment, Text(stored["project"]!["department"]));
            })
            .Expect(Caller.ClerkOfOtherDepartment, 422, (a, _) =>
            {
                Assert.Equal("文件有问题，未导入任何项目", a.Error);
                Assert.Equal(0, Number(a.Json["preview"]!["valid"]));
            })
            .OnlyForClerks(),
    ];

    /// <summary>The text each caller's edit writes into 建设规模及内容, so a refused edit can be proven not stored.</summary>
    private static string EditMarker(Caller caller) => $"接口修改的建设内容（{caller}）";

    private static ApiRoute ProjectRead(string template, Func<string, string> path, Action<Answer, string> readable) =>
        new ApiRoute("GET", template, (scene, caller) => Get(path(scene.ProjectFor(caller))))
            .AnonymousRefused()
            .Expect(Caller.Clerk, 200, (a, scene) => readable(a, scene.OwnProject))
            .Refuse(403, OtherDepartment, Caller.ClerkOfOtherDepartment)
            .Expect(Caller.Reviewer, 200, (a, scene) => readable(a, scene.OwnProject))
            .Expect(Caller.Leader, 200, (a, scene) => readable(a, scene.OwnProject))
            .Refuse(403, NotPermitted, Caller.Admin);

    /// <summary>Every caller edits the project at its current version, as a clerk would; only the clerk's own is stored.</summary>
    private static async Task<HttpRequestMessage> EditRequestAsync(PermissionScene scene, Caller caller, HttpClient client)
    {
        var id = scene.ProjectFor(caller);
        var current = JsonNode.Parse(await scene.Observer.GetStringAsync($"/api/projects/{id}"))!;
        var project = current["project"]!.DeepClone().AsObject();
        project["scale"] = EditMarker(caller);
        return new HttpRequestMessage(HttpMethod.Put, $"/api/projects/{id}")
        {
            Content = JsonContent.Create(new JsonObject { ["version"] = current["version"]!.GetValue<int>(), ["project"] = project }),
        };
    }

    private static Func<Answer, PermissionScene, HttpClient, Task> RefusedEditLeftNoTrace(Caller caller, string reason) => async (answer, scene, _) =>
    {
        Assert.Equal(reason, answer.Error);
        var stored = JsonNode.Parse(await scene.Observer.GetStringAsync($"/api/projects/{scene.ProjectFor(caller)}"))!;
        Assert.NotEqual(EditMarker(caller), Text(stored["project"]!["scale"]));
    };

    private const string WithdrawReason = "接口撤回测试：与其他项目合并申报";

    private static async Task<JsonNode> ProjectOf(HttpClient observer, string id) =>
        JsonNode.Parse(await observer.GetStringAsync($"/api/projects/{id}"))!;

    /// <summary>
    /// 撤回 or 恢复 at the project's current version. To restore, the clerk's own project is first withdrawn (by the
    /// clerk, through the API) so that there is something to restore.
    /// </summary>
    private static async Task<HttpRequestMessage> WithdrawalRequestAsync(PermissionScene scene, Caller caller, string action, HttpClient? client = null)
    {
        var id = scene.ProjectFor(caller);
        var version = (await ProjectOf(scene.Observer, id))["version"]!.GetValue<int>();
        if (action == "restore" && caller == Caller.Clerk && client is not null)
        {
            var withdrawn = await client.PostAsJsonAsync($"/api/projects/{id}/withdraw", new { version, reason = WithdrawReason });
            Assert.Equal(200, (int)withdrawn.StatusCode);
            version++;
        }
        return Post($"/api/projects/{id}/{action}", JsonContent.Create(new { version, reason = WithdrawReason }));
    }

    /// <summary>Refused with the reason, and the project is in the reserve as before.</summary>
    private static Func<Answer, PermissionScene, HttpClient, Task> NotWithdrawn(Caller caller, string reason) => async (answer, scene, _) =>
    {
        Assert.Equal(reason, answer.Error);
        Assert.Null((await ProjectOf(scene.Observer, scene.ProjectFor(caller)))["withdrawal"]);
    };

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, HttpContent? content) => new(HttpMethod.Post, path) { Content = content };

    /// <summary>A one-row XLSX: the clerk's own department's project, or (for the other-department caller) 住建局's.</summary>
    private static HttpRequestMessage Upload(string path, Caller caller)
    {
        var workbook = new ImportWorkbook();
        workbook.Add(Demo.UniqueName("接口导入项目"), caller == Caller.ClerkOfOtherDepartment ? Demo.SubmittedDepartment : Demo.ClerkDepartment, 1800m);
        var file = new ByteArrayContent(workbook.Bytes());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Xlsx);
        return Post(path, new MultipartFormDataContent { { file, "file", "projects.xlsx" } });
    }

    private static async Task SignedOut(Answer answer, PermissionScene scene, HttpClient client) =>
        Assert.Equal(401, (int)(await client.GetAsync("/api/auth/me")).StatusCode);

    private static void ListsChannels(Answer answer, PermissionScene scene) =>
        Assert.Contains(answer.Json.AsArray(), c => Text(c!["name"]) == "地方政府专项债券");

    private static void OnlyOwnDepartmentListed(Answer answer, PermissionScene scene)
    {
        var items = answer.Json["items"]!.AsArray();
        Assert.Contains(items, i => Text(i!["project"]!["id"]) == scene.OwnProject);
        Assert.All(items, i => Assert.Equal(Demo.ClerkDepartment, Text(i!["project"]!["department"])));
    }

    private static void EveryDepartmentListed(Answer answer, PermissionScene scene)
    {
        var departments = answer.Json["items"]!.AsArray().Select(i => Text(i!["project"]!["department"])).ToHashSet();
        Assert.Contains(Demo.ClerkDepartment, departments);
        Assert.Contains(Demo.SubmittedDepartment, departments);
    }

    /// <summary>Each channel's verdict counts add up to the projects the caller may see: a clerk's are the department's.</summary>
    private static async Task CountsEveryVisibleProject(Answer answer, PermissionScene scene, HttpClient client)
    {
        var total = await TotalAsync(client);
        var channels = answer.Json.AsArray();
        Assert.NotEmpty(channels);
        Assert.All(channels, c => Assert.Equal(total, Number(c!["eligible"]) + Number(c["unconfirmed"]) + Number(c["needsInformation"]) + Number(c["ineligible"])));
    }

    private static IReadOnlyList<string> Departments(Answer answer) =>
        answer.Json["byDepartment"]!.AsArray().Select(d => Text(d!["name"])).ToList();

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> SummaryRows(Answer answer)
    {
        Assert.Equal(Xlsx, answer.MediaType);
        return OfficeFile.SummaryRows(answer.Body);
    }

    private static async Task<int> TotalAsync(HttpClient client) =>
        JsonNode.Parse(await client.GetStringAsync("/api/projects?take=1"))!["total"]!.GetValue<int>();

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? "";

    private static int Number(JsonNode? node) => node?.GetValue<int>() ?? 0;
}
