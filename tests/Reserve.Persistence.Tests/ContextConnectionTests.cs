using Npgsql;
using Reserve.Testing;

namespace Reserve.Persistence.Tests;

/// <summary>
/// The modules' contexts hand their PostgreSQL connections back to the pool without Npgsql's reset (a DISCARD ALL
/// before each reuse, one statement more per context opened), unless the configuration asks for it.
/// </summary>
public sealed class ContextConnectionTests
{
    [Theory]
    [InlineData("Host=db.example;Database=reserve")]
    [InlineData("Host=db.example;Database=reserve;Maximum Pool Size=200")]
    public void Pooled_connections_are_not_reset_unless_configured(string configured)
    {
        var used = new NpgsqlConnectionStringBuilder(ReserveDatabase.ContextConnectionString(configured));
        Assert.True(used.NoResetOnClose);
        Assert.Equal(("db.example", "reserve"), (used.Host, used.Database));
        Assert.Equal(new NpgsqlConnectionStringBuilder(configured).MaxPoolSize, used.MaxPoolSize);
    }

    [Theory]
    [InlineData("Host=db.example;Database=reserve;No Reset On Close=false")]
    [InlineData("Host=db.example;Database=reserve;noresetonclose=False")]
    public void An_explicit_setting_is_kept(string configured)
    {
        Assert.Equal(configured, ReserveDatabase.ContextConnectionString(configured));
    }

    [PostgresFact]
    public async Task A_connection_taken_again_from_the_pool_ran_no_reset()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var connectionString = ReserveDatabase.ContextConnectionString(database.Options.ConnectionString + ";Maximum Pool Size=1");
        await using (var first = new NpgsqlConnection(connectionString))
        {
            await first.OpenAsync();
            await using var set = new NpgsqlCommand("SET application_name = 'reserve-pool-probe'", first);
            await set.ExecuteNonQueryAsync();
        }
        await using var again = new NpgsqlConnection(connectionString);
        await again.OpenAsync();
        await using var read = new NpgsqlCommand("SHOW application_name", again);
        // A reset would have put it back: the same session, untouched, is why nothing may SET outside a transaction.
        Assert.Equal("reserve-pool-probe", await read.ExecuteScalarAsync());
    }
}
