using System.Reflection;
using Reserve.Persistence;
using Xunit;
using Xunit.Sdk;

namespace Reserve.Testing;

/// <summary>Why a PostgreSQL test is skipped, or null when it runs (tests/run.sh sets RESERVE_REQUIRE_PG, so there it never skips).</summary>
internal static class PostgresAvailability
{
    public static string? SkipReason =>
        TestDatabase.PostgresServer is null && Environment.GetEnvironmentVariable("RESERVE_REQUIRE_PG") != "1"
            ? $"跳过 PostgreSQL：未设置 {TestDatabase.ServerVariable}（bash tests/run.sh 会启动 PostgreSQL 并运行这些测试）"
            : null;
}

/// <summary>The PostgreSQL row of a per-provider theory: <c>[InlineData(DatabaseProvider.Sqlite)] [PostgresData]</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        Skip = PostgresAvailability.SkipReason!;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Postgres]];
}

/// <summary>A test that needs PostgreSQL (several host instances on one shared database).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresAvailability.SkipReason!;
    }
}
