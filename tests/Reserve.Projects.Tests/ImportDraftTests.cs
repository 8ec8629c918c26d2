using Microsoft.Extensions.DependencyInjection;
using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Projects.Tests;

/// <summary>
/// An uploaded file between the preview and the user's choice is kept in the database: another instance finds it,
/// only its owner does, for 30 minutes, and a choice removes it.
/// </summary>
public sealed class ImportDraftTests
{
    private static readonly byte[] File = [0x50, 0x4B, 0x03, 0x04, 0xE4, 0xB8, 0xAD];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_draft_kept_by_one_instance_is_found_by_another_for_its_owner_only(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        await using var other = store.SecondInstance();
        var otherDrafts = other.GetRequiredService<IImportDrafts>();

        var token = await store.Drafts.KeepAsync("jtj", "交通运输局项目.xlsx", File);

        var found = await otherDrafts.FindAsync(token, "jtj");
        Assert.NotNull(found);
        Assert.Equal(("jtj", "交通运输局项目.xlsx"), (found.User, found.FileName));
        Assert.Equal(File, found.Content);
        Assert.Equal(store.Clock.Now.UtcDateTime, found.KeptAtUtc);
        Assert.Null(await otherDrafts.FindAsync(token, "zjj"));
        Assert.Null(await otherDrafts.FindAsync("0123456789ABCDEF0123456789ABCDEF", "jtj"));

        // Someone else's discard leaves it; the owner's removes it.
        await otherDrafts.DiscardAsync(token, "zjj");
        Assert.NotNull(await store.Drafts.FindAsync(token, "jtj"));
        await otherDrafts.DiscardAsync(token, "jtj");
        Assert.Null(await store.Drafts.FindAsync(token, "jtj"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_draft_expires_after_thirty_minutes_and_the_next_upload_removes_it(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var start = store.Clock.Now;
        var token = await store.Drafts.KeepAsync("jtj", "a.xlsx", File);

        store.Clock.Now = start.AddMinutes(29);
        Assert.NotNull(await store.Drafts.FindAsync(token, "jtj"));
        store.Clock.Now = start.AddMinutes(30);
        Assert.Null(await store.Drafts.FindAsync(token, "jtj"));

        var next = await store.Drafts.KeepAsync("zjj", "b.xlsx", File);
        Assert.NotEqual(token, next);
        Assert.Equal(1, await store.Database.CountAsync("reserve_import_drafts"));
    }
}
