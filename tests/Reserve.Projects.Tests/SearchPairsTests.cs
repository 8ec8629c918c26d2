using Microsoft.Data.Sqlite;
using Reserve.Projects.Storage;

namespace Reserve.Projects.Tests;

/// <summary>
/// A large import writes the pair index's documents in C# (<see cref="SearchPairs"/>) where the triggers write them in SQL
/// (migration LeanPairIndex); a contentless FTS5 table deletes a document by being told its tokens again, so the two must
/// give the same tokens for any text, which SQLite itself decides here.
/// </summary>
public sealed class SearchPairsTests
{
    public static TheoryData<string> Texts => new(
        "胜利路片区老旧小区改造项目 嘉峪关市城市建设投资开发有限公司  2027-0001 改造小区12个，涉及1200户",
        "G312线讨赖河桥 Ab城区 AbC-xyZ_09 ÄÖÜ Ａｂ全角 ΣΑΣ",
        "a",
        " ",
        "  leading and trailing  ",
        "tab\there\nnewline\r\n",
        "𠀀𠀁 surrogate pairs 😀x 𠀂",
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        "",
        "ÿ\u00a0\u3000全角空格\u200b",
        "长" + new string('文', 2500));

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_pairs_written_in_code_are_the_triggers_pairs(string text)
    {
        Assert.Equal(Tokens(SqlitePairs(text)), Tokens(SearchPairs.Of(text)));
    }

    private static string[] Tokens(string? document) =>
        [.. (document ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    // The triggers' expression (migration LeanPairIndex) over a positions table like reserve_search_positions.
    private static string? SqlitePairs(string text)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE reserve_search_positions ("N" INTEGER PRIMARY KEY);
            WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2400)
            INSERT INTO reserve_search_positions ("N") SELECT x FROM n;
            SELECT group_concat(hex(lower(substr(t.text, n."N", 2))), ' ')
            FROM (SELECT @text AS text) t JOIN reserve_search_positions n ON n."N" <= length(t.text)
            WHERE substr(t.text, n."N", 1) <> ' ';
            """;
        command.Parameters.AddWithValue("@text", text);
        return command.ExecuteScalar() as string;
    }
}
