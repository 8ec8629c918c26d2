using Reserve.Instructions.Notifications;
using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Instructions.Tests;

/// <summary>The notification address form's rules: checked, versioned (a stale form is refused), audited for its owner only, cleared to turn mail off.</summary>
public sealed class MailAddressTests
{
    private static readonly Actor Jtj2Actor = new("jtj2", "何丽萍（交通运输局）");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Each_change_is_versioned_and_audited_with_the_old_and_new_address(DatabaseProvider provider)
    {
        await using var f = await InstructionsFixture.CreateAsync(provider);
        Assert.Equal(new MailSetting(null, 0), await f.Centre.MailSettingAsync("jtj"));

        var first = await f.Centre.SetMailAddressAsync("jtj", " wangjj@jyg.example.cn ", 0, InstructionsFixture.JtjActor);
        Assert.Equal(new MailSetting("wangjj@jyg.example.cn", 1), first.Value);
        var second = await f.Centre.SetMailAddressAsync("jtj", "wjj@jyg.example.cn", 1, InstructionsFixture.JtjActor);
        Assert.Equal(new MailSetting("wjj@jyg.example.cn", 2), second.Value);

        // A form read at version 1 (another window) is refused; the stored address stays and no audit row is added.
        var stale = await f.Centre.SetMailAddressAsync("jtj", "old-window@jyg.example.cn", 1, InstructionsFixture.JtjActor);
        Assert.False(stale.Succeeded);
        Assert.Contains("已在别处被修改", stale.Conflict, StringComparison.Ordinal);
        Assert.Equal("wjj@jyg.example.cn", await f.Centre.MailAddressAsync("jtj"));

        // Clearing turns mail off; the row keeps counting, so a form from before the clearing is still stale.
        var cleared = await f.Centre.SetMailAddressAsync("jtj", "   ", 2, InstructionsFixture.JtjActor);
        Assert.Equal(new MailSetting(null, 3), cleared.Value);
        Assert.NotNull((await f.Centre.SetMailAddressAsync("jtj", "again@jyg.example.cn", 1, InstructionsFixture.JtjActor)).Conflict);

        var audit = await f.Centre.MailAuditAsync("jtj", 10);
        Assert.Equal([(null, "wangjj@jyg.example.cn"), ("wangjj@jyg.example.cn", "wjj@jyg.example.cn"), ("wjj@jyg.example.cn", null)],
            audit.Reverse().Select(a => (a.Before, a.After)));
        Assert.All(audit, a => Assert.Equal("王建军（交通运输局）", a.User));
        Assert.All(audit, a => Assert.Equal(f.Clock.GetUtcNow().UtcDateTime, a.AtUtc, TimeSpan.FromSeconds(1)));
        // Another user's history is theirs alone.
        Assert.Empty(await f.Centre.MailAuditAsync("jtj2", 10));
        Assert.Equal(3, await f.Database.CountAsync("instructions_mail_audit"));
    }

    [Fact]
    public async Task A_bad_address_names_the_field_and_stores_nothing()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        foreach (var bad in new[] { "不是邮箱", "wang@", "wang@jyg", "a b@jyg.example.cn", new string('a', 196) + "@x.cn" })
        {
            var refused = await f.Centre.SetMailAddressAsync("jtj", bad, 0, InstructionsFixture.JtjActor);
            var problem = Assert.Single(refused.Problems);
            Assert.Equal("通知邮箱", problem.Field);
            Assert.Contains("不是有效的电子邮件地址", problem.Message, StringComparison.Ordinal);
        }
        Assert.Equal(new MailSetting(null, 0), await f.Centre.MailSettingAsync("jtj"));
        Assert.Equal(0, await f.Database.CountAsync("instructions_mail_audit"));
        Assert.Equal(0, await f.Database.CountAsync("instructions_mail_addresses"));
    }

    [Fact]
    public async Task A_cleared_address_gets_no_mail_and_saving_the_same_address_changes_nothing()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        await f.Centre.SetMailAddressAsync("jtj", "wangjj@jyg.example.cn", 0, InstructionsFixture.JtjActor);
        await f.Centre.SetMailAddressAsync("jtj2", "help@jyg.example.cn", 0, Jtj2Actor);
        Assert.Equal(new MailSetting("wangjj@jyg.example.cn", 1), (await f.Centre.SetMailAddressAsync("jtj", "wangjj@jyg.example.cn", 1, InstructionsFixture.JtjActor)).Value);
        await f.Centre.SetMailAddressAsync("jtj", "", 1, InstructionsFixture.JtjActor);
        await f.WriteAsync();
        var claimed = await f.Centre.ClaimMailAsync(50);
        Assert.Equal(["jtj2"], claimed.Select(c => c.Login));
        Assert.Equal(3, await f.Database.CountAsync("instructions_mail_audit"));
    }

    [Fact]
    public async Task Two_first_saves_at_once_store_one_address()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        var both = await Task.WhenAll(
            f.Centre.SetMailAddressAsync("jtj", "one@jyg.example.cn", 0, InstructionsFixture.JtjActor),
            f.Centre.SetMailAddressAsync("jtj", "two@jyg.example.cn", 0, InstructionsFixture.JtjActor));
        var saved = Assert.Single(both, o => o.Succeeded);
        Assert.NotNull(Assert.Single(both, o => !o.Succeeded).Conflict);
        Assert.Equal(saved.Value!.Address, await f.Centre.MailAddressAsync("jtj"));
        Assert.Equal(1, await f.Database.CountAsync("instructions_mail_audit"));
    }
}
