using System.Text.RegularExpressions;
using Xunit;

namespace Reserve.Architecture.Tests;

/// <summary>
/// Years of data go through every migration: one that drops a column or a table must first move what it held
/// (a <c>migrationBuilder.Sql(…)</c> step before the drop, copying it elsewhere), or say in the migration that what it
/// drops is derived and rebuilt (<c>// Derived data: …</c> with the reason). Tables created and dropped within one
/// migration (SQLite's table rebuilds) are no loss.
/// </summary>
public sealed partial class MigrationSafetyTests
{
    public static TheoryData<string> Migrations()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "modules"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Where(f => !f.EndsWith(".Designer.cs", StringComparison.Ordinal) && !f.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repo.Root, file));
        }
        return data;
    }

    [Fact]
    public void Every_module_has_migrations_to_check()
    {
        Assert.True(Migrations().Count >= 16, $"{Migrations().Count} migrations found");
    }

    [Theory]
    [MemberData(nameof(Migrations))]
    public void A_migration_drops_a_column_or_table_only_after_moving_its_data_or_saying_it_is_derived(string migration)
    {
        var up = UpBody(File.ReadAllText(Path.Combine(Repo.Root, migration)));
        var drops = Drop().Matches(up).ToList();
        if (drops.Count == 0)
        {
            return;
        }
        var derived = DerivedNote().Match(up);
        foreach (var drop in drops)
        {
            var kind = drop.Groups["kind"].Value;
            var name = drop.Groups["name"].Value;
            var createdHere = kind == "DropTable" && Regex.IsMatch(up, $@"CreateTable\(\s*name:\s*""{Regex.Escape(name)}""");
            var movedBefore = up.LastIndexOf("migrationBuilder.Sql(", drop.Index, StringComparison.Ordinal) >= 0;
            Assert.True(createdHere || movedBefore || derived.Success,
                $"{migration}: {kind} “{name}” loses its data. Copy it first with migrationBuilder.Sql(…) before the drop, or, if it is derived "
                + "and rebuilt, say so in Up with a comment “// Derived data: <why nothing is lost>”.");
        }
    }

    [Fact]
    public void The_check_sees_a_drop_without_a_data_step()
    {
        const string bad = """
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropColumn(
                    name: "Budget",
                    table: "reserve_projects");
            }
            protected override void Down(MigrationBuilder migrationBuilder) { }
            """;
        var up = UpBody(bad);
        Assert.Single(Drop().Matches(up));
        Assert.DoesNotMatch(DerivedNote(), up);
        Assert.True(up.IndexOf("migrationBuilder.Sql(", StringComparison.Ordinal) < 0);
    }

    private static string UpBody(string source)
    {
        var start = source.IndexOf("void Up(", StringComparison.Ordinal);
        var end = source.IndexOf("void Down(", StringComparison.Ordinal);
        return start < 0 ? "" : end > start ? source[start..end] : source[start..];
    }

    [GeneratedRegex(@"(?<kind>DropColumn|DropTable)\(\s*name:\s*""(?<name>[^""]+)""")]
    private static partial Regex Drop();

    [GeneratedRegex(@"//\s*Derived data:\s*\S.{10,}")]
    private static partial Regex DerivedNote();
}
