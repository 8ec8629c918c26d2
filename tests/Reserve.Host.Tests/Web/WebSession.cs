using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>One user's conversation with the site: sign-in, JSON calls, and page forms posted with their anti-forgery token.</summary>
internal sealed partial class WebSession(HttpClient http) : IDisposable
{
    public const string DemoPassword = "Reserve2027";

    public HttpClient Http => http;

    public async Task LoginAsync(string login, string password = DemoPassword)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { login, password });
        Assert.True(response.IsSuccessStatusCode, $"{login} 登录失败：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    public Task<HttpResponseMessage> PostJsonAsync(string path, object? body) =>
        body is null ? http.PostAsync(path, null) : http.PostAsJsonAsync(path, body);

    public async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} 应为 {(int)expected}，实际 {(int)response.StatusCode}：{text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        await JsonAsync(await http.GetAsync(path), expected);

    public async Task<JsonElement> PostJsonAsync(string path, object? body, HttpStatusCode expected) =>
        await JsonAsync(await PostJsonAsync(path, body), expected);

    public async Task<string> PageAsync(string path)
    {
        var response = await http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} 应为 200，实际 {(int)response.StatusCode}");
        return html;
    }

    /// <summary>
    /// Posts a page's form as a browser would: the anti-forgery token comes from the page itself. Returns the
    /// page the redirect leads to (where the outcome is shown as a flash message).
    /// </summary>
    public async Task<string> SubmitFormAsync(string page, string handler, IDictionary<string, string> fields)
    {
        var token = TokenPattern().Match(await PageAsync(page));
        Assert.True(token.Success, $"{page} 上没有带防伪令牌的表单");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        var response = await http.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(form));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {page}?handler={handler} 应重定向，实际 {(int)response.StatusCode}");
        return await PageAsync(response.Headers.Location!.OriginalString);
    }

    /// <summary>The flash message a page shows after an action (ok or bad), or null.</summary>
    public static string? Flash(string html) => FlashPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<div class=\"flash (?:ok|bad)\" role=\"(?:status|alert)\">([^<]*)</div>")]
    private static partial Regex FlashPattern();
}
