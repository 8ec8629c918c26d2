using Reserve.Instructions.Notifications;
using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Instructions.Tests;

/// <summary>A leader changes an instruction before it is answered, or withdraws it (撤回) with a reason: versioned, audited, never erased.</summary>
public sealed class InstructionChangeTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task An_unanswered_instruction_is_edited_and_an_answered_one_is_not(DatabaseProvider provider)
    {
        await using var f = await InstructionsFixture.CreateAsync(provider);
        var written = await f.WriteAsync(days: 5);
        var edited = await f.Instructions.UpdateAsync(written.Id, new InstructionDraft("请本月内开工，每周报告。", "住建局", f.Today.AddDays(9)), InstructionsFixture.Departments, written.Version, InstructionsFixture.LeaderActor);
        Assert.True(edited.Succeeded, string.Join("；", edited.Problems));
        Assert.Equal(("请本月内开工，每周报告。", "住建局", f.Today.AddDays(9), 2), (edited.Value!.Text, edited.Value.OwnerDepartment, edited.Value.DueOn, edited.Value.Version));

        // The new department is told; the old one is told it no longer has to act.
        Assert.Contains((await f.Centre.ListAsync("zjj", false, 0, 10)).Items, n => n.Kind == ReminderKind.InstructionChanged);
        Assert.Contains((await f.Centre.ListAsync("jtj", false, 0, 10)).Items, n => n.Title.Contains("已改由住建局办理", StringComparison.Ordinal));

        // A form read before the edit is refused, nothing overwritten.
        var stale = await f.Instructions.UpdateAsync(written.Id, new InstructionDraft("旧窗口", "交通运输局", f.Today.AddDays(3)), InstructionsFixture.Departments, written.Version, InstructionsFixture.LeaderActor);
        Assert.Contains("第 1 版，现为第 2 版", stale.Conflict, StringComparison.Ordinal);
        Assert.Equal("住建局", (await f.Instructions.FindAsync(written.Id))!.OwnerDepartment);

        var answered = await f.Instructions.AnswerAsync(written.Id, new AnswerDraft("已安排", false), 2, new Actor("zjj", "李秀兰（住建局）"));
        var refused = await f.Instructions.UpdateAsync(written.Id, new InstructionDraft("再改", "住建局", f.Today.AddDays(9)), InstructionsFixture.Departments, answered.Value!.Version, InstructionsFixture.LeaderActor);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal("办理状态", problem.Field);
        Assert.Contains("责任部门已答复", problem.Message, StringComparison.Ordinal);
        Assert.False(answered.Value.Editable);

        var audit = await f.Instructions.AuditAsync(written.Id);
        Assert.Equal(["批示", "修改批示", "答复"], audit.Select(a => a.Action));
        Assert.Contains("交通运输局", audit[1].Before, StringComparison.Ordinal);
        Assert.Contains("住建局", audit[1].After, StringComparison.Ordinal);
        Assert.Equal("市领导（演示）（市领导）", audit[1].User);
    }

    [Fact]
    public async Task An_edit_is_checked_like_a_new_instruction_but_may_keep_a_passed_date()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        var written = await f.WriteAsync(days: 1);
        var bad = await f.Instructions.UpdateAsync(written.Id, new InstructionDraft(" ", "公安局", f.Today.AddDays(-1)), InstructionsFixture.Departments, written.Version, InstructionsFixture.LeaderActor);
        Assert.Equal(["批示内容", "责任部门", "办理时限"], bad.Problems.Select(p => p.Field));
        f.Clock.Advance(TimeSpan.FromDays(3)); // now two days overdue
        var kept = await f.Instructions.UpdateAsync(written.Id, new InstructionDraft("更正文字", "交通运输局", written.DueOn), InstructionsFixture.Departments, written.Version, InstructionsFixture.LeaderActor);
        Assert.True(kept.Succeeded, string.Join("；", kept.Problems));
        Assert.True(kept.Value!.Overdue);
        Assert.Equal(2, (await f.Instructions.AuditAsync(written.Id)).Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_withdrawn_instruction_is_kept_but_no_longer_due_overdue_or_answerable(DatabaseProvider provider)
    {
        await using var f = await InstructionsFixture.CreateAsync(provider);
        var keep = await f.WriteAsync(days: 1, text: "保留的批示");
        var take = await f.WriteAsync(days: 1, text: "要撤回的批示");
        Assert.Equal("撤回理由", Assert.Single((await f.Instructions.WithdrawAsync(take.Id, "  ", take.Version, InstructionsFixture.LeaderActor)).Problems).Field);
        var withdrawn = await f.Instructions.WithdrawAsync(take.Id, "项目已调整为明年实施", take.Version, InstructionsFixture.LeaderActor);
        Assert.True(withdrawn.Succeeded, string.Join("；", withdrawn.Problems));
        Assert.Equal((InstructionState.Withdrawn, "项目已调整为明年实施"), (withdrawn.Value!.State, withdrawn.Value.WithdrawReason));
        Assert.NotNull(withdrawn.Value.WithdrawnAtUtc);
        Assert.Contains((await f.Centre.ListAsync("jtj", false, 0, 10)).Items, n => n.Kind == ReminderKind.InstructionWithdrawn);

        f.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal([keep.Id], (await f.Instructions.ListAsync(new InstructionQuery(Filter: InstructionFilter.Overdue))).Items.Select(i => i.Id));
        Assert.Equal([keep.Id], (await f.Instructions.ListAsync(new InstructionQuery(Filter: InstructionFilter.Open))).Items.Select(i => i.Id));
        Assert.Equal([take.Id], (await f.Instructions.ListAsync(new InstructionQuery(Filter: InstructionFilter.Withdrawn))).Items.Select(i => i.Id));
        var all = await f.Instructions.ListAsync(new InstructionQuery());
        Assert.Equal([keep.Id, take.Id], all.Items.Select(i => i.Id));
        Assert.False(all.Items[1].Overdue);

        var answer = await f.Instructions.AnswerAsync(take.Id, new AnswerDraft("还要答复吗", true), withdrawn.Value.Version, InstructionsFixture.JtjActor);
        Assert.Contains("已撤回", Assert.Single(answer.Problems).Message, StringComparison.Ordinal);
        var again = await f.Instructions.WithdrawAsync(take.Id, "再撤一次", withdrawn.Value.Version, InstructionsFixture.LeaderActor);
        Assert.Equal("该批示已撤回", Assert.Single(again.Problems).Message);
        var edit = await f.Instructions.UpdateAsync(take.Id, new InstructionDraft("改", "交通运输局", f.Today), InstructionsFixture.Departments, withdrawn.Value.Version, InstructionsFixture.LeaderActor);
        Assert.Contains("已撤回", edit.Problems[0].Message, StringComparison.Ordinal);
        Assert.NotNull((await f.Instructions.WithdrawAsync(keep.Id, "旧版本", keep.Version + 1, InstructionsFixture.LeaderActor)).Conflict);

        var audit = await f.Instructions.AuditAsync(take.Id);
        Assert.Equal(["批示", "撤回批示"], audit.Select(a => a.Action));
        Assert.Contains("项目已调整为明年实施", audit[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_instruction_cannot_be_withdrawn()
    {
        await using var f = await InstructionsFixture.CreateAsync();
        var written = await f.WriteAsync();
        var closed = await f.Instructions.AnswerAsync(written.Id, new AnswerDraft("已办结", true), written.Version, InstructionsFixture.JtjActor);
        var refused = await f.Instructions.WithdrawAsync(written.Id, "不需要了", closed.Value!.Version, InstructionsFixture.LeaderActor);
        Assert.Equal("该批示已办结，不能撤回", Assert.Single(refused.Problems).Message);
        Assert.Equal(InstructionState.Closed, (await f.Instructions.FindAsync(written.Id))!.State);
    }
}
