using Microsoft.EntityFrameworkCore;
using Reserve.Instructions.Notifications;
using Reserve.Instructions.Storage;
using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Instructions.Tests;

public sealed class InstructionServiceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task An_instruction_is_answered_then_closed_each_step_audited(DatabaseProvider provider)
    {
        await using var f = await InstructionsFixture.CreateAsync(provider);
        var written = await f.WriteAsync();
        Assert.Equal(InstructionState.Open, written.State);
        Assert.Equal("G312 线嘉峪关至酒泉段改扩建工程", written.SubjectTitle);

        var first = await f.Instructions.AnswerAsync(written.Id, new AnswerDraft("已召开专题会，征地已完成 80%。", false), written.Version, InstructionsFixture.JtjActor);
        Assert.True(first.Succeeded, string.Join("；", first.Problems));
        Assert.Equal(InstructionState.Open, first.Value!.State);
        var closed = await f.Instructions.AnswerAsync(written.Id, new AnswerDraft("10 月 28 日已开工。", true), first.Value.Version, InstructionsFixture.JtjActor);
        Assert.True(closed.Succeeded);
        Assert.Equal(InstructionState.Closed, closed.Value!.State);
        Assert.Equal(2, closed.Value.Answers.Count);

        var more = await f.Instructions.AnswerAsync(written.Id, new AnswerDraft("补充", false), closed.Value.Version, InstructionsFixture.JtjActor);
        Assert.Equal("办理状态", Assert.Single(more.Problems).Field);

        var audit = await f.Instructions.AuditAsync(written.Id);
        Assert.Equal(["批示", "答复", "答复并办结"], audit.Select(a => a.Action));
        Assert.Equal("王建军（交通运输局）", audit[2].User);
        Assert.Contains("Closed", audit[2].After, StringComparison.Ordinal);
        Assert.Contains("Open", audit[2].Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_stores_nothing()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        var outcome = await f.Instructions.CreateAsync(InstructionsFixture.Road, new InstructionDraft("  ", "公安局", f.Today.AddDays(-1)), InstructionsFixture.Departments, InstructionsFixture.LeaderActor);
        Assert.False(outcome.Succeeded);
        Assert.Equal(["批示内容", "责任部门", "办理时限"], outcome.Problems.Select(p => p.Field));
        Assert.Contains("公安局", outcome.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("早于今天", outcome.Problems[2].Message, StringComparison.Ordinal);
        var tooLong = await f.Instructions.CreateAsync(InstructionsFixture.Road, new InstructionDraft(new string('字', 2001), "交通运输局", null), InstructionsFixture.Departments, InstructionsFixture.LeaderActor);
        Assert.Equal(["批示内容", "办理时限"], tooLong.Problems.Select(p => p.Field));
        Assert.Equal(0, (await f.Instructions.ListAsync(new InstructionQuery())).Total);
        Assert.Equal(0, await f.Database.CountAsync("instructions_audit"));
    }

    [Fact]
    public async Task A_stale_answer_is_refused_and_nothing_is_overwritten()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        var written = await f.WriteAsync();
        Assert.True((await f.Instructions.AnswerAsync(written.Id, new AnswerDraft("第一位的答复", false), written.Version, InstructionsFixture.JtjActor)).Succeeded);
        var stale = await f.Instructions.AnswerAsync(written.Id, new AnswerDraft("第二位读到旧版本后的答复", true), written.Version, new Actor("jtj2", "何丽萍（交通运输局）"));
        Assert.NotNull(stale.Conflict);
        var now = await f.Instructions.FindAsync(written.Id);
        Assert.Equal(InstructionState.Open, now!.State);
        Assert.Equal(["第一位的答复"], now.Answers.Select(a => a.Text));
    }

    [Fact]
    public async Task Overdue_is_read_as_of_today_and_lists_are_paged_and_counted_by_department()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        for (var i = 0; i < 25; i++)
        {
            await f.WriteAsync(days: 1 + (i % 3));
        }
        var other = await f.Instructions.CreateAsync(InstructionsFixture.Road, new InstructionDraft("住建局配合", "住建局", f.Today.AddDays(1)), InstructionsFixture.Departments, InstructionsFixture.LeaderActor);
        Assert.True(other.Succeeded);
        Assert.Equal(0, (await f.Instructions.ListAsync(new InstructionQuery(Filter: InstructionFilter.Overdue))).Total);

        f.Clock.Advance(TimeSpan.FromDays(2)); // due in 1 day → now one day overdue
        var overdue = await f.Instructions.ListAsync(new InstructionQuery(Filter: InstructionFilter.Overdue));
        Assert.Equal(9 + 1, overdue.Total);
        Assert.All(overdue.Items, i => Assert.True(i.Overdue && i.DaysOverdue == 1));

        var page2 = await f.Instructions.ListAsync(new InstructionQuery(Department: "交通运输局", Skip: 20, Take: 20));
        Assert.Equal(25, page2.Total);
        Assert.Equal(5, page2.Items.Count);
        Assert.All(page2.Items, i => Assert.Equal("交通运输局", i.OwnerDepartment));
        Assert.Single((await f.Instructions.ListAsync(new InstructionQuery(Department: "住建局"))).Items);
        Assert.Equal(26, (await f.Instructions.ListAsync(new InstructionQuery(AuthorLogin: "leader", Take: 1))).Total);
        // A full page, an exactly full last page and a page past the end are counted by the database; a short one by its rows.
        foreach (var (skip, take, items) in new[] { (0, 20, 20), (5, 20, 20), (40, 20, 0), (0, 30, 25), (24, 5, 1) })
        {
            var page = await f.Instructions.ListAsync(new InstructionQuery(Department: "交通运输局", Skip: skip, Take: take));
            Assert.Equal((25, items), (page.Total, page.Items.Count));
        }
    }

    [Fact]
    public async Task Writing_notifies_the_department_and_answering_notifies_the_leader()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        var written = await f.WriteAsync();
        Assert.Equal(1, await f.Centre.UnreadCountAsync("jtj"));
        Assert.Equal(1, await f.Centre.UnreadCountAsync("jtj2"));
        Assert.Equal(0, await f.Centre.UnreadCountAsync("zjj"));
        Assert.Equal(0, await f.Centre.UnreadCountAsync("leader"));
        await f.Instructions.AnswerAsync(written.Id, new AnswerDraft("已办结", true), written.Version, InstructionsFixture.JtjActor);
        var leaders = await f.Centre.ListAsync("leader", false, 0, 10);
        var answered = Assert.Single(leaders.Items);
        Assert.Equal(ReminderKind.InstructionAnswered, answered.Kind);
        Assert.Equal($"/instructions/{written.Id}", answered.Link);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Each_provider_context_matches_its_migrations(DatabaseProvider provider)
    {
        using DbContext db = provider == DatabaseProvider.Postgres
            ? new PostgresInstructionsDesignTimeFactory().CreateDbContext([])
            : new InstructionsDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: 模型有变化但没有迁移（docs/storage.md）");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
