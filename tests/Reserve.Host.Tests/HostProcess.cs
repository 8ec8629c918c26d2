using System.Diagnostics;
using System.Text;
using Reserve.Persistence;
using Reserve.Testing;

namespace Reserve.Host.Tests;

/// <summary>
/// Runs the real host executable (the Reserve.Host.dll built beside these tests) in a sandbox: its own
/// data folder and plugins folder, so tests neither share state nor touch a developer's database.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private TestDatabase? _ownDatabase;
    private TestDatabase? _database;

    public HostProcess(bool realPlugins = true, params string[] fixtureFolders)
    {
        Root = Path.Combine(Path.GetTempPath(), "reserve-host-" + Guid.NewGuid().ToString("N"));
        PluginsPath = Path.Combine(Root, "plugins");
        DataPath = Path.Combine(Root, "data");
        Directory.CreateDirectory(PluginsPath);
        if (realPlugins)
        {
            foreach (var folder in Directory.GetDirectories(Path.Combine(RepoRoot, "artifacts", "plugins")))
            {
                Copy(folder, Path.Combine(PluginsPath, Path.GetFileName(folder)));
            }
        }
        foreach (var name in fixtureFolders)
        {
            var built = Path.Combine(RepoRoot, "artifacts", "fixture-plugins", name);
            Copy(Directory.Exists(built) ? built : Path.Combine(RepoRoot, "tests", "fixtures", "plugin-folders", name), Path.Combine(PluginsPath, name));
        }
    }

    public string Root { get; }
    public string PluginsPath { get; }
    public string DataPath { get; }
    public string DatabasePath => Path.Combine(DataPath, "reserve.db");

    public DatabaseProvider Provider => _database?.Provider ?? DatabaseProvider.Sqlite;

    /// <summary>A sandboxed host on a database of the provider: its SQLite file, or a PostgreSQL database of its own.</summary>
    public static async Task<HostProcess> OnAsync(DatabaseProvider provider, bool realPlugins = true, params string[] fixtureFolders)
    {
        var host = new HostProcess(realPlugins, fixtureFolders);
        if (provider == DatabaseProvider.Postgres)
        {
            host._ownDatabase = host._database = await TestDatabase.CreateAsync(provider);
        }
        return host;
    }

    /// <summary>Points this host at a database another host uses too (several instances on one PostgreSQL database).</summary>
    public HostProcess On(TestDatabase shared)
    {
        _database = shared;
        return this;
    }

    /// <summary>Rows in a table of the host's database.</summary>
    public long Count(string table, string where = "1 = 1")
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {where}";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public System.Data.Common.DbConnection Open()
    {
        if (_database is not null)
        {
            return _database.OpenAsync().GetAwaiter().GetResult();
        }
        var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        sqlite.Open();
        return sqlite;
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The real plugins as built, loaded in this process, to know how many channels the host should report.</summary>
    public static Reserve.Channels.ChannelCatalog RealCatalog { get; } =
        Reserve.Channels.ChannelsModule.LoadCatalog(Path.Combine(RepoRoot, "artifacts", "plugins"));

    public static int RealChannels => RealCatalog.Channels.Count;
    public static int RealPlugins => RealCatalog.Plugins.Count;

    public string PathOf(string file) => Path.Combine(Root, file);

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("host did not finish: " + string.Join(' ', args));
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public Process Start(params string[] args) => Process.Start(StartInfo(args))!;

    public ProcessStartInfo StartInfo(string[] args, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Root,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Reserve.Host.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["Reserve__PluginsPath"] = PluginsPath;
        info.Environment["Reserve__DataPath"] = DataPath;
        info.Environment["Reserve__TemplatesPath"] = Path.Combine(RepoRoot, "templates");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (_database is not null)
        {
            info.Environment["ConnectionStrings__Reserve"] = _database.Options.ConnectionString;
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        return info;
    }

    public void Dispose()
    {
        _ownDatabase?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monolith.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Monolith.sln not found");
    }
}
