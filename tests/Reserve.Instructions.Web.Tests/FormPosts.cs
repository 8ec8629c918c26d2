using System.Net;
using System.Text.RegularExpressions;
using Reserve.Host.Tests.Web;

namespace Reserve.Instructions.Web.Tests;

/// <summary>Posts a page's form as a browser would, the anti-forgery token read from the page, and hands back the raw answer (refusals stay on the page).</summary>
internal static partial class FormPosts
{
    public static async Task<HttpResponseMessage> PostFormAsync(this WebSession session, string page, string? handler, IDictionary<string, string> fields, bool withToken = true, string? tokenPage = null)
    {
        // A user refused the page itself takes the token from one they may open (the token is per user, not per page).
        var html = await session.PageAsync(tokenPage ?? page);
        var form = new Dictionary<string, string>(fields);
        if (withToken)
        {
            var token = TokenPattern().Match(html);
            Assert.True(token.Success, $"{page} 上没有带防伪令牌的表单");
            form["__RequestVerificationToken"] = token.Groups[1].Value;
        }
        return await session.Http.PostAsync(handler is null ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(form));
    }

    public static async Task<string> HtmlAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"应为 {(int)expected}，实际 {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Follows a form's redirect (asserted) and returns the decoded page it leads to.</summary>
    public static async Task<string> FollowAsync(this HttpResponseMessage response, WebSession session)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"应重定向，实际 {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await session.PageAsync(response.Headers.Location!.OriginalString));
    }

    /// <summary>The element with this id up to its closing table (enough for the tables the tests read).</summary>
    public static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"页面上没有 #{id}");
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    /// <summary>The message shown under a field (<c>.field-error[data-field=…]</c>), or null.</summary>
    public static string? FieldError(string html, string field) =>
        Regex.Match(html, $"<span class=\"field-error\" data-field=\"{Regex.Escape(field)}\">([^<]*)</span>") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
