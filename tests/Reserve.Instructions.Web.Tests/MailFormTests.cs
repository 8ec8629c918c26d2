using System.Net;
using Reserve.Host.Tests.Web;

namespace Reserve.Instructions.Web.Tests;

/// <summary>The notification address form on /notifications over HTTP: token, Chinese message under the field, version check, audit seen by its owner only.</summary>
[Collection(InstructionsSiteCollection.Name)]
public sealed class MailFormTests(InstructionsSite site)
{
    private const string Page = "/notifications";

    [Fact]
    public async Task The_address_is_checked_versioned_audited_and_cleared()
    {
        using var clerk = await site.SessionAsync("swj");
        using var other = await site.SessionAsync("nyj");
        static Dictionary<string, string> Fields(string address, int version) => new() { ["mailAddress"] = address, ["mailVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.PostFormAsync(Page, "Mail", Fields("shuiwu@jyg.example.cn", 0), withToken: false)).StatusCode);
        var bad = await (await clerk.PostFormAsync(Page, "Mail", Fields("shuiwu@jyg", 0))).HtmlAsync(HttpStatusCode.BadRequest);
        Assert.Contains("“shuiwu@jyg”不是有效的电子邮件地址", FormPosts.FieldError(bad, "通知邮箱"), StringComparison.Ordinal);

        var saved = await (await clerk.PostFormAsync(Page, "Mail", Fields("shuiwu@jyg.example.cn", 0))).FollowAsync(clerk);
        Assert.Equal("已保存通知邮箱", WebSession.Flash(saved));
        Assert.Contains("value=\"1\"", saved, StringComparison.Ordinal);
        Assert.Contains("shuiwu@jyg.example.cn", FormPosts.Section(saved, "mail-audit"), StringComparison.Ordinal);

        // A second window still at version 0 is refused and shown what is stored now.
        var stale = await (await clerk.PostFormAsync(Page, "Mail", Fields("other-window@jyg.example.cn", 0))).HtmlAsync(HttpStatusCode.Conflict);
        Assert.Contains("已在别处被修改", stale, StringComparison.Ordinal);
        Assert.Contains("value=\"shuiwu@jyg.example.cn\"", stale, StringComparison.Ordinal);

        var cleared = await (await clerk.PostFormAsync(Page, "Mail", Fields("", 1))).FollowAsync(clerk);
        Assert.Equal("已清除通知邮箱，不再发送邮件提醒", WebSession.Flash(cleared));
        Assert.Contains("（已清除）", FormPosts.Section(cleared, "mail-audit"), StringComparison.Ordinal);

        // Nobody else sees this user's address or its history.
        var theirs = System.Net.WebUtility.HtmlDecode(await other.PageAsync(Page));
        Assert.DoesNotContain("shuiwu@jyg.example.cn", theirs, StringComparison.Ordinal);
    }
}
