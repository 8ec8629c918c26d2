using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Reserve.Host.Tests.Operations;

/// <summary>
/// The database of the previous release (tests/fixtures/upgrade/previous-release.db.gz, with its demo data) is taken up
/// by the current build: the host migrates it at start, becomes ready, and every table that holds what people entered
/// keeps every row. Regenerate the fixture at a release, before the next schema change:
/// <c>RESERVE_REGENERATE_UPGRADE_FIXTURE=1 dotnet test tests/Reserve.Host.Tests -c Release --filter UpgradeTests</c>.
/// </summary>
public sealed class UpgradeTests
{
    /// <summary>Tables whose rows the host recomputes or renews as it starts; every other table must keep its rows.</summary>
    private static readonly HashSet<string> Recomputed = new(StringComparer.Ordinal)
    {
        "match_results", "accounts_key_ring", "jobs_queue", "jobs_files", "reserve_import_drafts",
    };

    /// <summary>Columns whose values a later schema keeps in a table of their own (each checked below), left out of the row comparison.</summary>
    private static readonly HashSet<(string Table, string Column)> Moved = [("approvals_records", "commitments")];

    // Kept gzip-compressed: a database file is not tracked in git as it is (1.0 MB shrinks to 130 KB).
    private static string Fixture => Path.Combine(HostProcess.RepoRoot, "tests", "fixtures", "upgrade", "previous-release.db.gz");

    [Fact]
    public async Task The_previous_release_database_is_migrated_at_start_and_keeps_its_data()
    {
        if (Environment.GetEnvironmentVariable("RESERVE_REGENERATE_UPGRADE_FIXTURE") == "1")
        {
            await RegenerateAsync();
        }
        Assert.True(File.Exists(Fixture), $"missing fixture {Fixture}");
        using var host = new HostProcess();
        Directory.CreateDirectory(host.DataPath);
        using (var compressed = new System.IO.Compression.GZipStream(File.OpenRead(Fixture), System.IO.Compression.CompressionMode.Decompress))
        using (var copy = File.Create(host.DatabasePath))
        {
            compressed.CopyTo(copy);
        }
        var before = TableSnapshot.Of(host.DatabasePath, Moved);
        var commitments = CountJsonElements(host.DatabasePath, "SELECT COALESCE(SUM(json_array_length(commitments)), 0) FROM approvals_records WHERE commitments IS NOT NULL");
        var projects = before["reserve_projects"].Count;
        Assert.True(projects >= 20, $"{projects} projects in the fixture");

        SortedDictionary<string, List<string>> after;
        await using (var site = await RunningHost.StartAsync(host))
        {
            await BackupRestoreTests.WaitForIdleJobsAsync(host);
            // Read before anyone signs in (a sign-in rightly updates the account's row).
            after = TableSnapshot.Of(host.DatabasePath);
            using var anonymous = site.Client();
            var ready = await anonymous.GetAsync("/readyz");
            Assert.True(ready.IsSuccessStatusCode, await ready.Content.ReadAsStringAsync());

            // The demo clerk of the old release signs in with the old password and finds the old projects.
            using var clerk = await site.SignedInAsync("fgw");
            using var list = JsonDocument.Parse(await clerk.GetStringAsync("/api/projects?take=5"));
            Assert.Equal(projects, list.RootElement.GetProperty("total").GetInt32());
            var id = list.RootElement.GetProperty("items")[0].GetProperty("project").GetProperty("id").GetString()!;
            using var matches = JsonDocument.Parse(await clerk.GetStringAsync($"/api/projects/{id}/matches"));
            Assert.Equal(HostProcess.RealChannels, matches.RootElement.GetArrayLength());
        }

        // The approval records' commitments left their JSON column for approvals_commitments, every one of them.
        Assert.Equal(commitments, after["approvals_commitments"].Count);
        foreach (var (table, rows) in before.Where(t => !Recomputed.Contains(t.Key) && !t.Key.StartsWith("__", StringComparison.Ordinal) && !t.Key.StartsWith("sqlite_", StringComparison.Ordinal)))
        {
            Assert.True(after.ContainsKey(table), $"table {table} is gone after the upgrade");
            // Rows may gain columns in a later schema, and a rebuilt table may order its columns anew; each old row must
            // still be there with every old column's value.
            var kept = after[table].Select(a => a.Split('\u241f').ToHashSet(StringComparer.Ordinal)).ToList();
            var missing = rows.Where(r => !kept.Any(a => a.IsSupersetOf(r.Split('\u241f')))).ToList();
            Assert.True(missing.Count == 0, $"table {table}: {missing.Count} of {rows.Count} rows changed or lost, e.g. {missing.FirstOrDefault()}");
        }
        // Every migration the old database had is still recorded, and this build's are applied on top.
        foreach (var history in before.Keys.Where(t => t.StartsWith("__", StringComparison.Ordinal)))
        {
            Assert.Superset(before[history].Select(r => r.Split('\u241f')[0]).ToHashSet(), after[history].Select(r => r.Split('\u241f')[0]).ToHashSet());
        }
    }

    private static long CountJsonElements(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Builds the fixture from the current build: a first start with demo data (25 projects, dispatch, promotion,
    /// approvals, accounts), then an online backup; the copy is stored without its key ring (a secret).
    /// </summary>
    private static async Task RegenerateAsync()
    {
        using var host = new HostProcess();
        await using (var site = await RunningHost.StartAsync(host, projects: 25))
        {
            await BackupRestoreTests.WaitForIdleJobsAsync(host);
        }
        var backup = host.PathOf("fixture.zip");
        var (exit, _, error) = host.Run("backup", "--out", backup);
        Assert.True(exit == 0, error);
        var database = host.PathOf("fixture.db");
        using (var zip = ZipFile.OpenRead(backup))
        {
            zip.GetEntry("reserve.db")!.ExtractToFile(database);
        }
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM accounts_key_ring; DELETE FROM jobs_files; DELETE FROM jobs_queue; VACUUM;";
            command.ExecuteNonQuery();
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Fixture)!);
        using var source = File.OpenRead(database);
        using var compressed = new System.IO.Compression.GZipStream(File.Create(Fixture), System.IO.Compression.CompressionLevel.SmallestSize);
        source.CopyTo(compressed);
    }
}
