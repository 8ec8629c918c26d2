using System.Net;
using System.Text.RegularExpressions;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Http;

/// <summary>The pages over plain HTTP: login required on every page but the login page, and anti-forgery on every form.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class PagePermissionTests(ReserveSite site)
{
    [Fact]
    public async Task Every_page_but_login_logout_and_status_sends_an_anonymous_visitor_to_the_login_page()
    {
        Assert.Equal(PageRoutes.Anonymous.Order(), PageRoutes.Templates.Intersect(PageRoutes.Anonymous).Order());
        var id = await OwnProjectAsync();
        using var anonymous = site.Client();
        var pages = PageRoutes.Protected(id);
        Assert.Contains("/", pages);
        Assert.Contains($"/projects/{id}/edit", pages);
        foreach (var page in pages)
        {
            using var response = await anonymous.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {(int)response.StatusCode} for an anonymous visitor");
            Assert.Equal("/login", response.Headers.Location!.AbsolutePath(site));
            Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(page), response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/login")).StatusCode);
    }

    public static TheoryData<string, string, string> Forms => new()
    {
        // login of the one who sends the form ("" for nobody), the page the form is on, the form's action (with its handler)
        { "", "/login", "/login" },
        { Demo.Clerk, "/projects/new", "/projects/new" },
        { Demo.Clerk, "/projects/{own}/edit", "/projects/{own}/edit" },
        { Demo.Clerk, "/import", "/import?handler=Upload" },
        { Demo.Clerk, "/import", "/import?handler=Import" },
        { Demo.Clerk, "/import", "/import?handler=Cancel" },
        { Demo.Clerk, "/projects", "/logout" },
        { Demo.Reviewer, "/projects/{own}", "/projects/{own}?handler=Accept" },
        { Demo.Reviewer, "/projects/{own}", "/projects/{own}?handler=Return" },
        { Demo.Reviewer, "/submissions", "/submissions?handler=Decision" },
        { Demo.Clerk, "/funding", "/funding?handler=Save" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_form_post_without_the_anti_forgery_token_is_refused_and_with_it_accepted(string login, string page, string action)
    {
        var id = await OwnProjectAsync();
        (page, action) = (page.Replace("{own}", id), action.Replace("{own}", id));
        using var client = login.Length > 0 ? (await ReserveApi.SignInAsync(site, login)).Http : site.Client();
        var fields = FormFields(login, id);

        using var forged = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("请求无效", await forged.Content.ReadAsStringAsync());

        var form = await client.GetStringAsync(page);
        var token = Token().Match(form);
        Assert.True(token.Success, $"{page} has no anti-forgery token in its form");
        fields.Add(new("__RequestVerificationToken", token.Groups[1].Value));
        if (VersionField().Match(form) is { Success: true } version)
        {
            // The edit form says which version it edits; without it the save would be refused as a conflict.
            fields.Add(new("Version", version.Groups[1].Value));
        }
        using var sent = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.True(sent.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{action} with its token: {(int)sent.StatusCode}");
    }

    [Fact]
    public async Task A_refused_form_post_changes_nothing()
    {
        var id = await OwnProjectAsync();
        using var reviewer = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        using var forged = await reviewer.Http.PostAsync($"/projects/{id}?handler=Return", new FormUrlEncodedContent([new("Reason", "伪造的退回")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("伪造的退回", await reviewer.Http.GetStringAsync($"/projects/{id}"));
    }

    private static List<KeyValuePair<string, string>> FormFields(string login, string id) => login switch
    {
        "" => [new("Login", Demo.Leader), new("Password", Demo.Password)],
        Demo.Clerk => [new("f:项目名称", Demo.UniqueName("表单令牌测试") + id), new("f:项目单位", "嘉峪关市交通建设投资有限公司"), new("f:建设规模及内容", "改造道路 1 公里"), new("f:总投资", "300")],
        _ => [],
    };

    private async Task<string> OwnProjectAsync() => (await PermissionScene.ForAsync(site)).OwnProject;

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex Token();

    [GeneratedRegex(@"name=""Version"" value=""(\d+)""")]
    private static partial Regex VersionField();
}

internal static class LocationExtensions
{
    /// <summary>The path of a redirect's target, relative or absolute.</summary>
    public static string AbsolutePath(this Uri location, ReserveSite site) =>
        (location.IsAbsoluteUri ? location : new Uri(site.BaseAddress, location)).AbsolutePath;
}
