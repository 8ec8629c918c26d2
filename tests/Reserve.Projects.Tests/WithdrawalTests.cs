using Reserve.Persistence;
using Reserve.Sdk.Projects;
using Reserve.Testing;
using Xunit;

namespace Reserve.Projects.Tests;

/// <summary>
/// A project withdrawn (撤回) from the reserve is never erased: it stays readable with who, when and why, the audit has
/// the step, and it is out of the lists, the totals, the summaries and the batches until restored — on both providers.
/// </summary>
public sealed class WithdrawalTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_withdrawn_project_is_kept_audited_and_left_out_of_every_list_until_restored(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var kept = (await store.Reserve.SaveAsync(StorageFixture.Valid("胜利路片区老旧小区改造项目"), null, "填报员")).Saved!;
        var leaving = (await store.Reserve.SaveAsync(StorageFixture.Valid("雄关大道排水管网改造"), null, "填报员")).Saved!;
        var department = leaving.Record.Department;
        Assert.Equal(2, (await store.Reserve.TotalsAsync(null)).Projects);

        var withdrawn = await store.Reserve.WithdrawAsync(leaving.Record.Id!, leaving.Version, "  与胜利路项目合并申报  ", "填报员");
        Assert.True(withdrawn.Succeeded, withdrawn.Conflict);
        Assert.Equal(leaving.Version + 1, withdrawn.Saved!.Version);
        Assert.Equal("与胜利路项目合并申报", withdrawn.Saved.Withdrawal?.Reason);
        Assert.Equal("填报员", withdrawn.Saved.Withdrawal?.By);

        var found = await store.Reserve.FindAsync(leaving.Record.Id!);
        Assert.NotNull(found?.Withdrawal);
        Assert.Equal("雄关大道排水管网改造", found!.Record.Name);
        Assert.Equal([kept.Record.Id], (await store.Reserve.ListAsync(new ProjectQuery())).Select(p => p.Record.Id));
        Assert.Equal(1, await store.Reserve.CountAsync(new ProjectQuery()));
        Assert.Equal(1, await store.Reserve.CountAsync(new ProjectQuery(Department: department)));
        Assert.Equal([leaving.Record.Id], (await store.Reserve.ListAsync(new ProjectQuery { Withdrawn = true })).Select(p => p.Record.Id));
        Assert.Equal(1, await store.Reserve.CountAsync(new ProjectQuery { Withdrawn = true }));
        Assert.Equal(1, (await store.Reserve.TotalsAsync(null)).Projects);
        Assert.Equal(kept.Record.TotalInvestment, (await store.Reserve.TotalsAsync(null)).Investment);
        Assert.Single(await store.Reserve.SummariesAsync(null));
        Assert.Single(await ToListAsync(store.Reserve.AllAsync()));
        var audit = await store.Reserve.AuditAsync(leaving.Record.Id!);
        Assert.Equal("撤回", audit[^1].Action);
        Assert.Equal("与胜利路项目合并申报", audit[^1].Note);

        // Withdrawn, it cannot be edited, nor withdrawn twice.
        var edit = await store.Reserve.SaveAsync(found.Record, found.Version, "填报员");
        Assert.Contains("已撤回", edit.Conflict);
        Assert.False((await store.Reserve.WithdrawAsync(leaving.Record.Id!, found.Version, "再撤回", "填报员")).Succeeded);

        var restored = await store.Reserve.RestoreAsync(leaving.Record.Id!, found.Version, "填报员");
        Assert.True(restored.Succeeded, restored.Conflict);
        Assert.Null(restored.Saved!.Withdrawal);
        Assert.Equal(2, (await store.Reserve.TotalsAsync(null)).Projects);
        Assert.Equal(2, (await store.Reserve.ListAsync(new ProjectQuery())).Count);
        Assert.Equal("恢复", (await store.Reserve.AuditAsync(leaving.Record.Id!))[^1].Action);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_withdrawal_needs_a_reason_and_the_version_the_clerk_saw(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var saved = (await store.Reserve.SaveAsync(StorageFixture.Valid("胜利路片区老旧小区改造项目"), null, "填报员")).Saved!;

        var blank = await store.Reserve.WithdrawAsync(saved.Record.Id!, saved.Version, "  ", "填报员");
        Assert.False(blank.Succeeded);
        Assert.Equal("撤回理由", Assert.Single(blank.Problems).Column);
        var tooLong = await store.Reserve.WithdrawAsync(saved.Record.Id!, saved.Version, new string('理', ProjectWithdrawal.MaxReasonLength + 1), "填报员");
        Assert.Contains("不能超过", Assert.Single(tooLong.Problems).Message);
        var stale = await store.Reserve.WithdrawAsync(saved.Record.Id!, saved.Version + 1, "重复申报", "填报员");
        Assert.Contains("版本", stale.Conflict);
        Assert.Null((await store.Reserve.FindAsync(saved.Record.Id!))!.Withdrawal);
        Assert.Equal(saved.Version, (await store.Reserve.FindAsync(saved.Record.Id!))!.Version);
    }

    private static async Task<List<ProjectRecord>> ToListAsync(IAsyncEnumerable<ProjectRecord> items)
    {
        var list = new List<ProjectRecord>();
        await foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }
}
