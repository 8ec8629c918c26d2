using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Accounts.Tests;

/// <summary>The sign-in keys kept in the shared database: every instance reads, oldest first, what any instance added.</summary>
public sealed class KeyRingTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Keys_are_read_back_in_the_order_they_were_added_by_another_instance(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var first = await AccountsSetup.StartAsync(db);
        await using var second = await AccountsSetup.StartAsync(db);
        Assert.Empty(first.KeyRing.All());

        first.KeyRing.Add("key-b", "<key id=\"b\"/>");
        second.KeyRing.Add(null, "<key id=\"a\"/>");

        Assert.Equal(["<key id=\"b\"/>", "<key id=\"a\"/>"], second.KeyRing.All());
        Assert.Equal(second.KeyRing.All(), first.KeyRing.All());
    }
}
