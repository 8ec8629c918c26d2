using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Browser;

/// <summary>Repeated wrong passwords lock the account, and the login page says so in Chinese.</summary>
[Collection(SiteCollection.Name)]
public sealed class LockoutTests(ReserveSite site, BrowserFixture browser)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        await using var visitor = await BrowserUser.AnonymousAsync(browser, site);
        var alert = visitor.Page.Locator("[role=alert]");
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await visitor.TypeCredentialsAsync(Demo.LockoutClerk, "wrong-" + attempt);
            Assert.Equal("/login", visitor.Path);
            Assert.Equal($"用户名或密码不正确（再错 {5 - attempt} 次将锁定 15 分钟）", (await alert.InnerTextAsync()).Trim());
        }

        await visitor.TypeCredentialsAsync(Demo.LockoutClerk, "wrong-5");
        Assert.Contains("密码错误次数过多，账号已锁定至", await alert.InnerTextAsync());

        await visitor.TypeCredentialsAsync(Demo.LockoutClerk, Demo.Password);
        Assert.Equal("/login", visitor.Path);
        Assert.Contains("账号已锁定", await alert.InnerTextAsync());
        Assert.Equal(401, (await visitor.Api.GetAsync("/api/auth/me")).Status);
    }
}
