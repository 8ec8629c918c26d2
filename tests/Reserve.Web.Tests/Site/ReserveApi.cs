using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Reserve.Web.Tests.Site;

/// <summary>The site's JSON API as one signed-in user: how tests make their own projects and look at the reserve.</summary>
internal sealed class ReserveApi(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public static async Task<ReserveApi> SignInAsync(ReserveSite site, string login)
    {
        var http = site.Client();
        var response = await http.PostAsJsonAsync("/api/auth/login", new { login, password = Demo.Password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{login} could not sign in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return new ReserveApi(http);
    }

    /// <summary>A new project of the user's department (a clerk's); returns its id.</summary>
    public async Task<string> CreateProjectAsync(string name, string department, decimal totalInvestment = 1200m)
    {
        var response = await http.PostAsJsonAsync("/api/projects", new { project = MinimalProject(name, department, totalInvestment) });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"project not created: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["project"]!["id"]!.GetValue<string>();
    }

    public static JsonObject MinimalProject(string name, string department, decimal totalInvestment = 1200m) => new()
    {
        ["name"] = name,
        ["department"] = department,
        ["unit"] = department + "项目建设中心",
        ["scale"] = "改造道路 3.2 公里，新建排水管网 2 公里",
        ["totalInvestment"] = totalInvestment,
        ["field"] = "交通",
        ["stage"] = "前期",
    };

    public async Task<JsonNode> ProjectAsync(string id) =>
        JsonNode.Parse(await http.GetStringAsync($"/api/projects/{Uri.EscapeDataString(id)}"))!;

    /// <summary>The projects whose name, unit or code contains the text (as the user may see them).</summary>
    public async Task<IReadOnlyList<JsonNode>> SearchAsync(string text)
    {
        var list = JsonNode.Parse(await http.GetStringAsync($"/api/projects?take=500&search={Uri.EscapeDataString(text)}"))!;
        return list["items"]!.AsArray().Select(i => i!["project"]!).ToList();
    }

    /// <summary>Ids of a department's projects (null: every project the user may see), in reserve-number order.</summary>
    public async Task<IReadOnlyList<string>> ProjectIdsAsync(string? department, int take = 50)
    {
        var filter = department is null ? "" : "&department=" + Uri.EscapeDataString(department);
        var list = JsonNode.Parse(await http.GetStringAsync($"/api/projects?take={take}{filter}"))!;
        return list["items"]!.AsArray().Select(i => i!["project"]!["id"]!.GetValue<string>()).ToList();
    }

    /// <summary>The names of every project the user may see, page by page.</summary>
    public async Task<IReadOnlyList<string>> AllNamesAsync()
    {
        var names = new List<string>();
        while (true)
        {
            var list = JsonNode.Parse(await http.GetStringAsync($"/api/projects?take=500&skip={names.Count}"))!;
            var items = list["items"]!.AsArray();
            names.AddRange(items.Select(i => i!["project"]!["name"]!.GetValue<string>()));
            if (items.Count == 0 || names.Count >= list["total"]!.GetValue<int>())
            {
                return names;
            }
        }
    }

    public async Task<int> TotalAsync()
    {
        using var list = JsonDocument.Parse(await http.GetStringAsync("/api/projects?take=1"));
        return list.RootElement.GetProperty("total").GetInt32();
    }

    public void Dispose() => http.Dispose();
}
