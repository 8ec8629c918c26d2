using System.Reflection;
using Reserve.Channels;
using Reserve.Host.Composition;
using Reserve.Persistence.Operations;

namespace Reserve.Host.Cli;

/// <summary>
/// <c>backup --out FILE</c>: a consistent copy of the embedded SQLite database taken while hosts may be running, with a
/// manifest of what it holds. PostgreSQL is backed up with its own tools (docs/storage.md).
/// </summary>
internal static class BackupCommand
{
    public const string DatabaseEntry = "reserve.db";

    public static async Task<int> RunAsync(Arguments arguments, ReserveOptions options, ChannelCatalog catalog, TimeProvider clock, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (options.Database.IsPostgres)
        {
            error.WriteLine(PostgresBackupAdvice.For(options.Database));
            return 2;
        }
        var target = arguments.Option("out") ?? arguments.Positional.ElementAtOrDefault(1);
        if (string.IsNullOrWhiteSpace(target))
        {
            error.WriteLine("用法：Reserve.Host backup --out 备份文件.zip");
            return 2;
        }
        if (options.Database.SqliteFile is not { } database || !File.Exists(database))
        {
            error.WriteLine($"没有可备份的数据库：{options.Database.Describe()} 不存在（请检查 Reserve:DataPath 或 ConnectionStrings:Reserve）");
            return 1;
        }
        var full = Path.GetFullPath(target);
        var copy = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            await SqliteFile.CopyOnlineAsync(database, copy, cancellationToken);
            var tables = SqliteFile.TableRows(copy);
            var keys = (int)(tables.FirstOrDefault(t => t.Table == "accounts_key_ring")?.Rows ?? 0);
            var manifest = new BackupManifest
            {
                CreatedAt = clock.GetUtcNow(),
                HostVersion = HostVersion,
                Source = options.Database.Describe(),
                Migrations = SqliteFile.AppliedMigrations(copy),
                Plugins = catalog.Plugins.Select(p => new BackupPlugin(p.Id, p.Version, p.Status.ToString())).ToList(),
                KeyRing = new BackupKeyRing(keys > 0, keys, keys > 0
                    ? "备份含登录密钥（key ring）：恢复后原有登录仍然有效；持有此文件者可伪造登录，请像密码一样保管"
                    : "备份不含登录密钥：恢复后用户需重新登录"),
                Tables = tables,
                DatabaseFile = DatabaseEntry,
                DatabaseSha256 = await BackupArchive.Sha256Async(copy, cancellationToken),
            };
            await BackupArchive.WriteAsync(full, manifest, copy, cancellationToken);
            output.WriteLine($"已备份 {manifest.Source} 到 {full}");
            output.WriteLine($"  {tables.Count} 张表，共 {tables.Sum(t => t.Rows)} 行；模块 {string.Join("、", manifest.Migrations.Keys.Select(SchemaCheck.ModuleName))}；插件 {manifest.Plugins.Count} 个");
            output.WriteLine($"  {manifest.KeyRing.Note}");
            output.WriteLine($"  SHA-256 {manifest.DatabaseSha256}");
            return 0;
        }
        finally
        {
            File.Delete(copy);
        }
    }

    public static string HostVersion { get; } =
        typeof(BackupCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
}
