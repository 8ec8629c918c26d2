using Xunit;

namespace Reserve.Projects.Tests;

/// <summary>Ids that records bring with them (the demo data, a re-imported export) are never handed out again.</summary>
public sealed class IdSequenceTests
{
    [Fact]
    public async Task A_project_saved_after_importing_records_with_ids_gets_the_next_free_id()
    {
        await using var store = await StorageFixture.CreateAsync();
        var first = StorageFixture.Valid("带编号的项目一");
        first.Id = "2027-0001";
        var second = StorageFixture.Valid("带编号的项目二");
        second.Id = "2027-0007";
        Assert.True((await store.Reserve.ImportAsync([first, second], "演示数据")).Succeeded);

        var saved = await store.Reserve.SaveAsync(StorageFixture.Valid("新建的项目"), null, "张三");

        Assert.True(saved.Succeeded, saved.Conflict);
        Assert.Equal("2027-0008", saved.Saved!.Record.Id);
    }

    [Fact]
    public async Task An_import_mixing_rows_with_and_without_ids_gives_the_new_rows_free_ids()
    {
        await using var store = await StorageFixture.CreateAsync();
        var numbered = StorageFixture.Valid("带编号的项目");
        numbered.Id = "2027-0001";

        var outcome = await store.Reserve.ImportAsync([StorageFixture.Valid("无编号的项目"), numbered], "张三");

        Assert.True(outcome.Succeeded, string.Join("；", outcome.Problems.Select(p => p.Message)));
        Assert.Equal(["2027-0002", "2027-0001"], outcome.Ids);
    }
}
