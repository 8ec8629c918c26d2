using Reserve.Instructions.Notifications;
using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Instructions.Tests;

public sealed class NotificationCentreTests
{
    private static readonly IReadOnlyList<Recipient> Everyone =
        [InstructionsFixture.Jtj, InstructionsFixture.Jtj2, InstructionsFixture.Zjj, InstructionsFixture.Leader, InstructionsFixture.Reviewer];

    private static readonly IReadOnlyList<Reminder> Today =
    [
        new("report:17:20261005", ReminderKind.MissingReport, "G312 调度报告逾期未报", "/dispatch/projects/17", new ReminderAudience(Department: "交通运输局", LeaderName: "市领导（演示）")),
        new("deadline:2027:3:住建局", ReminderKind.ReserveDeadline, "储备截止还有 3 天", "/submissions", new ReminderAudience(Department: "住建局")),
        new("approval:4:overdue", ReminderKind.ApprovalLimit, "核准已超过办理时限", "/approvals", new ReminderAudience(Reviewers: true)),
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Each_reminder_reaches_its_audience_once_however_often_it_is_delivered(DatabaseProvider provider)
    {
        await using var f = await InstructionsFixture.CreateAsync(provider);
        Assert.Equal(5, await f.Centre.DeliverAsync(Everyone, Today));
        Assert.Equal(0, await f.Centre.DeliverAsync(Everyone, Today));
        // Several deliveries at once (the job and pages, or two instances) still store each occasion once.
        var racing = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => f.Centre.DeliverAsync(Everyone, [.. Today, new("returned:9", ReminderKind.ProjectReturned, "项目被退回", "/projects/2027-0009", new ReminderAudience(Department: "交通运输局"))])));
        Assert.Equal(2, racing.Sum());
        Assert.Equal(7, await f.Database.CountAsync("instructions_notifications"));

        Assert.Equal(["returned:9", "report:17:20261005"], await KeysAsync(f, "jtj"));
        Assert.Equal(["returned:9", "report:17:20261005"], await KeysAsync(f, "jtj2"));
        Assert.Equal(["deadline:2027:3:住建局"], await KeysAsync(f, "zjj"));
        Assert.Equal(["report:17:20261005"], await KeysAsync(f, "leader"));
        Assert.Equal(["approval:4:overdue"], await KeysAsync(f, "fgw"));
    }

    [Fact]
    public async Task A_user_marks_only_their_own_notifications_read_and_lists_are_paged()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        var many = Enumerable.Range(1, 45).Select(i => new Reminder($"returned:{i}", ReminderKind.ProjectReturned, $"项目 {i} 被退回", "/projects", new ReminderAudience(Department: "交通运输局"))).ToList();
        await f.Centre.DeliverAsync(Everyone, many);
        var page3 = await f.Centre.ListAsync("jtj", false, 40, 20);
        Assert.Equal(45, page3.Total);
        Assert.Equal(5, page3.Items.Count);
        var first = (await f.Centre.ListAsync("jtj", false, 0, 1)).Items[0];
        var othersCopy = (await f.Centre.ListAsync("jtj2", false, 0, 1)).Items[0];

        Assert.False(await f.Centre.MarkReadAsync("jtj", othersCopy.Id));
        Assert.False(await f.Centre.MarkReadAsync("zjj", first.Id));
        Assert.True(await f.Centre.MarkReadAsync("jtj", first.Id));
        Assert.True(await f.Centre.MarkReadAsync("jtj", first.Id));
        Assert.Equal(44, await f.Centre.UnreadCountAsync("jtj"));
        Assert.Equal(45, await f.Centre.UnreadCountAsync("jtj2"));
        Assert.Equal(44, (await f.Centre.ListAsync("jtj", true, 0, 100)).Total);
        Assert.Equal(44, await f.Centre.MarkAllReadAsync("jtj"));
        Assert.Equal(0, await f.Centre.UnreadCountAsync("jtj"));
        Assert.Equal(45, await f.Centre.UnreadCountAsync("jtj2"));
    }

    [Fact]
    public async Task A_mail_address_is_checked_and_each_notification_is_claimed_for_mail_once()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        Assert.Equal("通知邮箱", Assert.Single((await f.Centre.SetMailAddressAsync("jtj", "不是邮箱", 0, InstructionsFixture.JtjActor)).Problems).Field);
        Assert.True((await f.Centre.SetMailAddressAsync("jtj", "wangjj@jyg.example.cn", 0, InstructionsFixture.JtjActor)).Succeeded);
        Assert.Equal("wangjj@jyg.example.cn", await f.Centre.MailAddressAsync("jtj"));
        await f.Centre.DeliverAsync(Everyone, Today);
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => f.Centre.ClaimMailAsync(50)));
        var claimed = Assert.Single(claims.SelectMany(c => c));
        Assert.Equal(("jtj", "wangjj@jyg.example.cn"), (claimed.Login, claimed.Address));
        Assert.Empty(await f.Centre.ClaimMailAsync(50));
        Assert.True((await f.Centre.SetMailAddressAsync("jtj", "", 1, InstructionsFixture.JtjActor)).Succeeded);
        Assert.Null(await f.Centre.MailAddressAsync("jtj"));
    }

    private static async Task<List<string>> KeysAsync(InstructionsFixture f, string login)
    {
        var list = await f.Centre.ListAsync(login, false, 0, 100);
        var keys = new List<string>();
        foreach (var n in list.Items)
        {
            keys.Add((string)(await f.Database.ScalarAsync($"SELECT \"Key\" FROM instructions_notifications WHERE \"Id\" = {n.Id}"))!);
        }
        return keys;
    }
}
