namespace Reserve.Persistence.Tests;

public sealed class DatabaseOptionsTests
{
    [Theory]
    [InlineData("Data Source=/srv/reserve/data/reserve.db", null, DatabaseProvider.Sqlite)]
    [InlineData("Host=db.example;Port=5432;Database=reserve;Username=reserve;Password=x", null, DatabaseProvider.Postgres)]
    [InlineData("server=db.example;database=reserve", null, DatabaseProvider.Postgres)]
    [InlineData("Host=db.example;Database=reserve", "postgres", DatabaseProvider.Postgres)]
    [InlineData("Data Source=reserve.db", "SQLite", DatabaseProvider.Sqlite)]
    [InlineData("Host=db.example;Database=reserve", "PostgreSQL", DatabaseProvider.Postgres)]
    public void The_provider_is_named_or_inferred_from_the_connection_string(string connection, string? provider, DatabaseProvider expected)
    {
        Assert.Equal(expected, DatabaseOptions.From(connection, provider).Provider);
    }

    [Fact]
    public void Unknown_providers_and_unreadable_connection_strings_are_refused_in_chinese()
    {
        Assert.Contains("不支持的数据库类型“mysql”", Assert.Throws<ArgumentException>(() => DatabaseOptions.From("Data Source=x.db", "mysql")).Message);
        Assert.Contains("数据库连接字符串为空", Assert.Throws<ArgumentException>(() => DatabaseOptions.From(" ")).Message);
        Assert.Contains("数据库连接字符串无法识别", Assert.Throws<ArgumentException>(() => DatabaseOptions.From("Host=x;Bogus Key=1")).Message);
    }

    [Fact]
    public void The_description_names_the_server_or_file_but_never_the_password()
    {
        var pg = DatabaseOptions.From("Host=db.example;Port=5433;Database=reserve;Username=u;Password=secret");
        Assert.Equal("PostgreSQL db.example:5433/reserve", pg.Describe());
        Assert.Null(pg.SqliteFile);
        var file = Path.Combine(Path.GetTempPath(), "x", "reserve.db");
        Assert.Equal(file, DatabaseOptions.Sqlite(file).SqliteFile);
    }

    [Fact]
    public void Lock_keys_are_stable_across_processes()
    {
        // FNV-1a of the UTF-8 name: a changed key would let an old and a new host both take "the" lock.
        Assert.Equal(DatabaseLock.Key("reserve:migrate"), DatabaseLock.Key("reserve:migrate"));
        Assert.NotEqual(DatabaseLock.Key("reserve:migrate"), DatabaseLock.Key("reserve:seed"));
        Assert.Equal(unchecked((long)0xcbf29ce484222325UL), DatabaseLock.Key(""));
    }
}
