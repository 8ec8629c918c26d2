using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reserve.Channels;
using Reserve.Demo.Projects;
using Reserve.Host.Composition;
using Reserve.WebKit.Commands;

namespace Reserve.Host.Cli;

/// <summary>The command line of the host executable, for IT staff and batch work.</summary>
internal static class CommandLine
{
    private const string Header = """
        用法：Reserve.Host [命令]
          （无命令）                       启动网站和 HTTP API
        """;

    private const string HostUsage = """
          seed [--count N] [--out 文件]    生成演示数据入库，或写入 JSON/XLSX 文件
          bench [--count N] [--as-of 日期] [--repeat R] [--rules]  基准：生成、校验、只判结论（单线程与全部核）、完整说明的耗时与分配
          bench --plan [--count N] [--repeat R] [--near-misses M]  基准：资金争取方案的求解耗时、最优与按金额贪心之差
          backup --out 备份文件.zip        在线备份内置 SQLite 数据库（网站可继续运行），附清单
          restore 备份文件.zip             恢复备份（须先停止网站；较新版本的备份会被拒绝）
        配置：环境变量 Reserve__PluginsPath、Reserve__DataPath、ConnectionStrings__Reserve（SQLite 文件或 PostgreSQL：Host=…）、Reserve__Database__Provider（sqlite|postgres）
        """;

    private static readonly string[] HostCommands = ["seed", "bench", "backup", "restore", "help", "--help", "-h"];

    /// <summary>The first words the executable takes as a command: the host's own and every module's.</summary>
    public static IReadOnlyList<string> Commands { get; } = [.. ModuleRegistry.Modules().SelectMany(m => m.Commands).Select(c => c.Name), .. HostCommands];

    /// <summary>Every command with its options, the modules' in the registry's order, then the host's.</summary>
    public static string Usage { get; } =
        Header + "\n" + string.Concat(ModuleRegistry.Modules().SelectMany(m => m.Commands).Select(c => c.Usage.TrimEnd() + "\n")) + HostUsage;

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new Arguments(args);
        var command = arguments.Positional.FirstOrDefault() ?? "help";
        if (command is "help" || arguments.Has("help"))
        {
            Console.WriteLine(Usage);
            return 0;
        }
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // Tables go to stdout; only warnings (a plugin that failed to load, say) go to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddReserve(builder.Configuration, builder.Environment.ContentRootPath);
        using var host = builder.Build();
        var services = host.Services;
        var cancellation = CancellationToken.None;
        var output = Console.Out;
        var error = Console.Error;
        try
        {
            switch (command)
            {
                case "bench":
                    return arguments.Has("plan")
                        ? PlanBench.Run(arguments, services.GetRequiredService<ChannelCatalog>(), output, error)
                        : BenchCommand.Run(arguments, services.GetRequiredService<ChannelCatalog>(), output, error);
                case "seed":
                    if (!arguments.Has("out"))
                    {
                        await services.GetRequiredService<StartupTasks>().MigrateAsync(cancellation);
                    }
                    return await SeedCommand.RunAsync(arguments, () => ActivatorUtilities.CreateInstance<ReserveDemo>(services), services.GetRequiredService<ChannelCatalog>(),
                        output, error, cancellation);
                case "backup":
                    return await BackupCommand.RunAsync(arguments, services.GetRequiredService<ReserveOptions>(), services.GetRequiredService<ChannelCatalog>(),
                        services.GetRequiredService<TimeProvider>(), output, error, cancellation);
                case "restore":
                    return await RestoreCommand.RunAsync(arguments, services.GetRequiredService<ReserveOptions>(), services.GetServices<Reserve.Persistence.Operations.IModuleSchema>(),
                        services.GetRequiredService<StartupTasks>(), services.GetRequiredService<TimeProvider>(), output, error, cancellation);
            }
            var modules = services.GetRequiredService<ModuleRegistry>();
            if (modules.Enabled.SelectMany(m => m.Commands).FirstOrDefault(c => c.Name == command && (c.Accepts ?? ModuleCommand.Always)(arguments)) is not { } found)
            {
                // A command of a module switched off by configuration.
                var owner = modules.Disabled.FirstOrDefault(m => m.Commands.Any(c => c.Name == command));
                error.WriteLine(owner is null ? Usage : $"命令“{command}”属于{owner.Title}，已由配置 Reserve:Modules:{owner.Name}:Enabled 关闭");
                return 2;
            }
            if (found.NeedsDatabase?.Invoke(arguments) == true)
            {
                await services.GetRequiredService<StartupTasks>().MigrateAsync(cancellation);
            }
            return await found.RunAsync(new CommandContext(arguments, services, output, error, cancellation) { Usage = Usage });
        }
        catch (IOException ex)
        {
            error.WriteLine($"读写文件出错：{ex.Message}");
            return 1;
        }
    }

    /// <summary>A first word that is no command: said so, with the commands, and exit code 2 (no web server starts).</summary>
    public static int Unknown(string word, TextWriter error)
    {
        error.WriteLine($"未知命令“{word}”。不带命令运行则启动网站；可用的命令如下。");
        error.WriteLine(Usage);
        return 2;
    }
}
