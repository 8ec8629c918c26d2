using System.Text;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Http;

/// <summary>
/// A request the API cannot read is answered 400 with a Chinese reason naming the place, as every other refusal
/// is, and nothing is stored.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ApiBadRequestTests(ReserveSite site)
{
    [Fact]
    public async Task A_body_that_cannot_be_read_is_refused_in_chinese_naming_the_place()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Clerk);
        var name = Demo.UniqueName("坏请求");
        var project = ReserveApi.MinimalProject(name, Demo.ClerkDepartment);

        var broken = await PostAsync(api, "/api/projects", "{\"project\": {\"name\": \"" + name + "\",");
        Assert.Equal(400, broken.Status);
        Assert.StartsWith("请求内容不是有效的 JSON：", broken.Error);
        Assert.Contains("第1行", broken.Error);

        project["totalInvestment"] = "一千二百万";
        var wrongType = await PostAsync(api, "/api/projects", Body(project));
        Assert.Equal(400, wrongType.Status);
        Assert.Contains("字段 $.project.totalInvestment", wrongType.Error);

        project["totalInvestment"] = 1200;
        project["stage"] = "已经完工了";
        var wrongWord = await PostAsync(api, "/api/projects", Body(project));
        Assert.Equal(400, wrongWord.Status);
        Assert.Contains("$.project.stage", wrongWord.Error);

        var noBody = await Answer.ReadAsync(await api.Http.PostAsync("/api/projects", new StringContent("", Encoding.UTF8, "application/json")));
        Assert.Equal(400, noBody.Status);
        Assert.False(string.IsNullOrEmpty(noBody.Error), noBody.ToString());

        var notJson = await Answer.ReadAsync(await api.Http.PostAsync("/api/projects", new StringContent("project=1", Encoding.UTF8, "text/plain")));
        Assert.Equal(415, notJson.Status);
        Assert.Equal("请求内容应为 JSON（Content-Type: application/json）", notJson.Error);

        var wrongMethod = await Answer.ReadAsync(await api.Http.PatchAsync("/api/projects", new StringContent("{}", Encoding.UTF8, "application/json")));
        Assert.Equal(405, wrongMethod.Status);
        Assert.Equal("该接口不接受 PATCH 请求", wrongMethod.Error);

        Assert.Empty(await api.SearchAsync(name));
    }

    private static string Body(System.Text.Json.Nodes.JsonObject project) =>
        new System.Text.Json.Nodes.JsonObject { ["project"] = project.DeepClone() }.ToJsonString();

    private static async Task<Answer> PostAsync(ReserveApi api, string path, string json) =>
        await Answer.ReadAsync(await api.Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json")));
}

