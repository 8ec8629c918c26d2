using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Host.Tests.Operations;

/// <summary>
/// backup and restore on the embedded SQLite database, through the built executable: an online copy while the site
/// runs, a restore that brings back every row of every table, and refusals (a running site, a newer schema, a damaged
/// file) that leave the database as it was.
/// </summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_backup_taken_while_the_site_runs_restores_every_row_of_every_table()
    {
        using var host = new HostProcess();
        var backup = host.PathOf("backups/reserve-1.zip");
        SortedDictionary<string, List<string>> before;
        await using (var site = await RunningHost.StartAsync(host, projects: 30))
        {
            await WaitForIdleJobsAsync(host);
            using (var clerk = await site.SignedInAsync("jtj"))
            {
                Assert.True((await clerk.GetAsync("/api/projects?take=1")).IsSuccessStatusCode);
            }

            var (exit, output, error) = host.Run("backup", "--out", backup);
            Assert.True(exit == 0, error);
            Assert.Contains("已备份", output);
            Assert.Contains("备份含登录密钥", output);

            // While the site runs, a restore is refused and the database is left alone.
            var refused = host.Run("restore", backup);
            Assert.Equal(1, refused.Exit);
            Assert.Contains("正在使用数据库", refused.Err);
            Assert.Contains("现有数据库未改动", refused.Err);
        }
        before = TableSnapshot.Of(host.DatabasePath);
        Assert.True(before["reserve_projects"].Count == 30);
        Assert.True(before.Count > 20, $"{before.Count} tables");

        var manifest = Manifest(backup);
        Assert.Equal("reserve.db", manifest["databaseFile"]!.GetValue<string>());
        Assert.Equal(30, manifest["tables"]!.AsArray().Single(t => t!["table"]!.GetValue<string>() == "reserve_projects")!["rows"]!.GetValue<long>());
        Assert.Contains("__reserve_migrations", manifest["migrations"]!.AsObject().Select(p => p.Key));
        Assert.Equal(HostProcess.RealPlugins, manifest["plugins"]!.AsArray().Count);
        Assert.True(manifest["keyRing"]!["included"]!.GetValue<bool>());
        Assert.Equal(64, manifest["databaseSha256"]!.GetValue<string>().Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(backup));
        }

        // Everything is lost after the backup: rows deleted, one table emptied.
        using (var connection = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM reserve_audit; DELETE FROM match_results; UPDATE reserve_projects SET \"Name\" = 'lost'";
            command.ExecuteNonQuery();
        }

        var (restored, restoreOutput, restoreError) = host.Run("restore", backup);

        Assert.True(restored == 0, restoreError);
        Assert.Contains("已从", restoreOutput);
        var after = TableSnapshot.Of(host.DatabasePath);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (table, rows) in before)
        {
            Assert.True(rows.SequenceEqual(after[table]), $"table {table} differs after the restore ({rows.Count} rows before, {after[table].Count} after)");
        }
        Assert.Single(Directory.GetFiles(host.DataPath, "reserve.db.before-restore-*"));

        // The restored database serves: the site starts on it and the demo clerk signs in.
        await using var again = await RunningHost.StartAsync(host);
        using var signedIn = await again.SignedInAsync("jtj");
        using var list = JsonDocument.Parse(await signedIn.GetStringAsync("/api/projects?take=1"));
        Assert.True(list.RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public void A_backup_of_a_newer_schema_or_a_damaged_one_is_refused_in_Chinese_and_nothing_is_changed()
    {
        using var host = new HostProcess(realPlugins: false);
        Assert.Equal(0, host.Run("seed", "--count", "5").Exit);
        var good = host.PathOf("good.zip");
        Assert.Equal(0, host.Run("backup", "--out", good).Exit);
        var original = File.ReadAllBytes(host.DatabasePath);

        var newer = host.PathOf("newer.zip");
        Rewrite(good, newer, database =>
        {
            using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """INSERT INTO "__reserve_migrations" ("MigrationId", "ProductVersion") VALUES ('29991231000000_FromTheFuture', '99.0.0')""";
            command.ExecuteNonQuery();
        });
        var (exit, _, error) = host.Run("restore", newer);
        Assert.Equal(2, exit);
        Assert.Contains("备份来自较新的版本", error);
        Assert.Contains("29991231000000_FromTheFuture", error);
        Assert.Contains("现有数据库未改动", error);
        Assert.Equal(original, File.ReadAllBytes(host.DatabasePath));

        var damaged = host.PathOf("damaged.zip");
        Rewrite(good, damaged, database => File.AppendAllText(database, "x"), keepHash: true);
        (exit, _, error) = host.Run("restore", damaged);
        Assert.Equal(2, exit);
        Assert.Contains("校验值不符", error);

        File.WriteAllText(host.PathOf("not-a-backup.zip"), "hello");
        (exit, _, error) = host.Run("restore", host.PathOf("not-a-backup.zip"));
        Assert.Equal(2, exit);
        Assert.Contains("不是完整的 Reserve 备份", error);

        Assert.Equal(original, File.ReadAllBytes(host.DatabasePath));
        Assert.Empty(Directory.GetFiles(host.DataPath, "*.restoring"));
        Assert.Empty(Directory.GetFiles(host.DataPath, "*.before-restore-*"));
    }

    [PostgresFact]
    public async Task On_PostgreSQL_backup_and_restore_name_pg_dump_and_pg_restore()
    {
        using var host = await HostProcess.OnAsync(DatabaseProvider.Postgres, realPlugins: false);

        var (exit, _, error) = host.Run("backup", "--out", host.PathOf("x.zip"));

        Assert.Equal(2, exit);
        Assert.Contains("pg_dump", error);
        Assert.Contains("--format=custom", error);
        Assert.Equal(2, host.Run("restore", host.PathOf("x.zip")).Exit);
        Assert.False(File.Exists(host.PathOf("x.zip")));
    }

    private static JsonNode Manifest(string archive)
    {
        using var zip = ZipFile.OpenRead(archive);
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!;
    }

    /// <summary>A copy of a backup whose database was changed, with the manifest's hash made to match unless told not to.</summary>
    private static void Rewrite(string from, string to, Action<string> change, bool keepHash = false)
    {
        var work = Path.Combine(Path.GetDirectoryName(to)!, Path.GetFileNameWithoutExtension(to));
        ZipFile.ExtractToDirectory(from, work);
        var database = Path.Combine(work, "reserve.db");
        change(database);
        SqliteConnection.ClearAllPools();
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(work, "manifest.json")))!;
        if (!keepHash)
        {
            manifest["databaseSha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(database)));
        }
        File.WriteAllText(Path.Combine(work, "manifest.json"), manifest.ToJsonString());
        ZipFile.CreateFromDirectory(work, to);
    }

    internal static async Task WaitForIdleJobsAsync(HostProcess host)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (host.Count("jobs_queue", "\"State\" IN ('Queued', 'Running')") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "background jobs did not finish");
            await Task.Delay(200);
        }
    }
}
