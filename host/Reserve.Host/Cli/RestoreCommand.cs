using Reserve.Host.Composition;
using Reserve.Persistence.Operations;

namespace Reserve.Host.Cli;

/// <summary>
/// <c>restore FILE</c>: puts a backup in the place of the embedded SQLite database, all or nothing. The backup is
/// unpacked beside the database, checked (hash, SQLite integrity, every migration known to this build) and swapped
/// in with one rename while no host runs on the database; the database it replaces is kept beside it. A backup of an
/// older schema is brought up to date by this build's migrations.
/// </summary>
internal static class RestoreCommand
{
    public static async Task<int> RunAsync(Arguments arguments, ReserveOptions options, IEnumerable<IModuleSchema> schemas, StartupTasks startup, TimeProvider clock, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (options.Database.IsPostgres)
        {
            error.WriteLine(PostgresBackupAdvice.For(options.Database));
            return 2;
        }
        var file = arguments.Positional.ElementAtOrDefault(1);
        if (string.IsNullOrWhiteSpace(file))
        {
            error.WriteLine("用法：Reserve.Host restore 备份文件.zip");
            return 2;
        }
        if (!File.Exists(file))
        {
            error.WriteLine($"未恢复：找不到备份文件 {file}");
            return 2;
        }
        if (options.Database.SqliteFile is not { } database)
        {
            error.WriteLine($"未恢复：{options.Database.Describe()} 不是数据库文件");
            return 2;
        }
        var (manifest, problem) = BackupArchive.ReadManifest(file);
        if (manifest is null)
        {
            error.WriteLine($"未恢复：{problem}。现有数据库未改动。");
            return 2;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var prepared = database + ".restoring";
        try
        {
            if (await PrepareAsync(file, manifest, prepared, schemas, cancellationToken) is { } refusal)
            {
                error.WriteLine($"未恢复：{refusal}。现有数据库未改动。");
                return 2;
            }
            var aside = $"{database}.before-restore-{clock.GetUtcNow():yyyyMMddHHmmss}";
            var swapped = await DatabaseInUse.WhileUnusedAsync(database, () =>
            {
                SqliteFile.Replace(database, prepared, aside);
                return Task.CompletedTask;
            });
            if (!swapped)
            {
                error.WriteLine($"未恢复：有 Reserve 网站正在使用数据库 {database}。请先停止它（以及同一数据库上的其他实例），再运行 restore。现有数据库未改动。");
                return 1;
            }
            output.WriteLine($"已从 {Path.GetFullPath(file)} 恢复 {database}");
            output.WriteLine($"  备份时间 {manifest.CreatedAt.ToLocalTime():yyyy-MM-dd HH:mm:ss}，来自版本 {manifest.HostVersion}；{manifest.Tables.Count} 张表，共 {manifest.Tables.Sum(t => t.Rows)} 行");
            output.WriteLine($"  {manifest.KeyRing.Note}");
            if (File.Exists(aside))
            {
                output.WriteLine($"  原数据库已保留为 {aside}（确认无误后可删除）");
            }
            var missing = manifest.Plugins.Where(p => p.Status == "Active").Select(p => $"{p.Id} {p.Version}").ToList();
            output.WriteLine($"  备份时启用的插件：{(missing.Count == 0 ? "无" : string.Join("、", missing))}（插件不在备份中，请确认 plugins 目录）");
            // A backup of an older schema: this build's migrations bring it up to date now, not at the next start.
            await startup.MigrateAsync(cancellationToken);
            return 0;
        }
        finally
        {
            File.Delete(prepared);
        }
    }

    /// <summary>Unpacks and checks the copy; a Chinese reason to refuse, or null when it may be swapped in.</summary>
    private static async Task<string?> PrepareAsync(string file, BackupManifest manifest, string prepared, IEnumerable<IModuleSchema> schemas, CancellationToken cancellationToken)
    {
        File.Delete(prepared);
        if (await BackupArchive.ExtractDatabaseAsync(file, manifest, prepared, cancellationToken) is { } damaged)
        {
            return damaged;
        }
        var integrity = SqliteFile.IntegrityCheck(prepared);
        if (integrity != "ok")
        {
            return $"备份中的数据库未通过 SQLite 完整性检查：{integrity}";
        }
        var unknown = SchemaCheck.UnknownToThisBuild(SqliteFile.AppliedMigrations(prepared), schemas);
        return unknown.Count == 0
            ? null
            : $"备份来自较新的版本（{manifest.HostVersion}），它的数据库结构本程序不认识：{string.Join("；", unknown)}。"
              + "新结构的数据若用旧程序打开可能读错或丢失，请用制作该备份的版本或更新的 Reserve 恢复";
    }
}
