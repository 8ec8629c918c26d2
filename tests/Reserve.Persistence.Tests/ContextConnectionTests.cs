using Npgsql;
using Reserve.Testing;

namespace Reserve.Persistence.Tests;

/// <summary>
/// The modules' contexts hand their PostgreSQL connections back to the pool without Npgsql's reset (a DISCARD ALL
/// before each reuse, one statement more per context opened), and prepare the statements each connection repeats,
/// unless the configuration says otherwise; a prepared statement survives the connection's return to the pool and a
/// migration's change of its table.
/// </summary>
public sealed class ContextConnectionTests
{
    [Theory]
    [InlineData("Host=db.example;Database=reserve")]
    [InlineData("Host=db.example;Database=reserve;Maximum Pool Size=200")]
    public void Pooled_connections_are_not_reset_and_prepare_what_they_repeat_unless_configured(string configured)
    {
        var used = new NpgsqlConnectionStringBuilder(ReserveDatabase.ContextConnectionString(configured));
        Assert.True(used.NoResetOnClose);
        Assert.Equal(ReserveDatabase.AutoPrepared, used.MaxAutoPrepare);
        Assert.Equal(("db.example", "reserve"), (used.Host, used.Database));
        Assert.Equal(new NpgsqlConnectionStringBuilder(configured).MaxPoolSize, used.MaxPoolSize);
    }

    [Theory]
    [InlineData("Host=db.example;Database=reserve;No Reset On Close=false", false, ReserveDatabase.AutoPrepared)]
    [InlineData("Host=db.example;Database=reserve;noresetonclose=False", false, ReserveDatabase.AutoPrepared)]
    [InlineData("Host=db.example;Database=reserve;Max Auto Prepare=0", true, 0)]
    [InlineData("Host=db.example;Database=reserve;maxautoprepare=10;No Reset On Close=false", false, 10)]
    public void An_explicit_setting_is_kept(string configured, bool noReset, int prepared)
    {
        var used = new NpgsqlConnectionStringBuilder(ReserveDatabase.ContextConnectionString(configured));
        Assert.Equal((noReset, prepared), (used.NoResetOnClose, used.MaxAutoPrepare));
    }

    [PostgresFact]
    public async Task A_prepared_statement_outlives_the_pool_and_a_migration_of_its_table()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await database.ExecuteAsync("CREATE TABLE prepared_probe (\"Id\" integer PRIMARY KEY, \"Name\" text NOT NULL); INSERT INTO prepared_probe VALUES (1, '一')");
        var connectionString = ReserveDatabase.ContextConnectionString(database.Options.ConnectionString + ";Maximum Pool Size=1");
        async Task<(string? Name, long Prepared)> ReadAsync()
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT p.\"Name\" FROM prepared_probe AS p WHERE p.\"Id\" = @id", connection);
            read.Parameters.AddWithValue("id", 1);
            var name = (string?)await read.ExecuteScalarAsync();
            await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE '%prepared' || '_probe AS p%'", connection);
            return (name, (long)(await count.ExecuteScalarAsync())!);
        }

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("一", (await ReadAsync()).Name);
        }
        Assert.Equal(("一", 1L), await ReadAsync());
        // A migration adds a column and changes the type of another, from a connection of its own.
        await database.ExecuteAsync("ALTER TABLE prepared_probe ADD COLUMN \"Note\" text; ALTER TABLE prepared_probe ALTER COLUMN \"Id\" TYPE bigint");
        Assert.Equal(("一", 1L), await ReadAsync());
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
