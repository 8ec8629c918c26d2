using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reserve.Channels;
using Reserve.Demo.Projects;
using Reserve.Host.Composition;
using Reserve.Projects;

namespace Reserve.Host.Cli;

/// <summary>The command line of the host executable, for IT staff and batch work.</summary>
internal static class CommandLine
{
    public static readonly string[] Commands = ["match", "plan", "plugins", "seed", "import", "bench", "docs", "backup", "restore", "help", "--help", "-h"];

    public const string Usage = """
        用法：Reserve.Host [命令]
          （无命令）                       启动网站和 HTTP API
          match 文件 [--as-of 日期] [--out 结果.json] [--summary]
                                           匹配 JSON/XLSX 文件中的项目，输出结果 JSON 和表格（不入库）
          plan 文件|--reserve [--as-of 日期] --quota 渠道=万元 … [--objective amount|priority] [--with-pending] [--out plan.json] [--xlsx plan.xlsx]
                                           资金争取方案：在各渠道额度和叠加规则下求最优分配（OR-Tools），附申报窗口和“怎样才能符合”
          import 文件 [--valid-only]       导入项目到储备库（默认有任何问题则全部不导入）
          plugins list                     列出插件及其状态、版本、故障
          plugins test [插件目录]          运行插件的黄金用例（默认全部插件）
          plugins validate 插件目录        放入前校验一个插件：清单、SDK、独立加载、日期参数、规则出处、黄金用例、文书模板
          plugins flip 插件目录 [--as-of 日期] [--out 报告.xlsx]
                                           翻转报告：候选版本与当前版本在整个储备库上的结论变化及其原因
          seed [--count N] [--out 文件]    生成演示数据入库，或写入 JSON/XLSX 文件
          bench [--count N] [--as-of 日期] [--repeat R] [--rules]  基准：生成、校验、只判结论（单线程与全部核）、完整说明的耗时与分配
          bench --plan [--count N] [--repeat R] [--near-misses M]  基准：资金争取方案的求解耗时、最优与按金额贪心之差
          docs render|batch|summary ...    生成申报文书（DOCX/HTML）、批量打包（zip）或汇总表（XLSX）
          backup --out 备份文件.zip        在线备份内置 SQLite 数据库（网站可继续运行），附清单
          restore 备份文件.zip             恢复备份（须先停止网站；较新版本的备份会被拒绝）
        配置：环境变量 Reserve__PluginsPath、Reserve__DataPath、ConnectionStrings__Reserve（SQLite 文件或 PostgreSQL：Host=…）、Reserve__Database__Provider（sqlite|postgres）
        """;

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
                case "plugins":
                    var sub = arguments.Positional.ElementAtOrDefault(1);
                    if (sub == "test" && arguments.Positional.ElementAtOrDefault(2) is { } folder)
                    {
                        if (!Directory.Exists(folder))
                        {
                            error.WriteLine($"找不到插件目录：{folder}");
                            return 2;
                        }
                        return PluginsCommand.Test(ChannelsModule.LoadFolder(folder), output);
                    }
                    if (sub == "validate")
                    {
                        return arguments.Positional.ElementAtOrDefault(2) is { } candidate
                            ? PluginsCommand.Validate(candidate, services.GetRequiredService<ReserveOptions>().SharedTemplatesPath, output)
                            : UsageError(error);
                    }
                    if (sub == "flip")
                    {
                        await services.GetRequiredService<StartupTasks>().MigrateAsync(cancellation);
                        return await FlipCommand.RunAsync(arguments, services.GetRequiredService<ChannelCatalog>(), services.GetRequiredService<IProjectReserve>(),
                            services.GetRequiredService<TimeProvider>(), output, error, cancellation);
                    }
                    var catalog = services.GetRequiredService<ChannelCatalog>();
                    return sub switch
                    {
                        "list" => PluginsCommand.List(catalog, output),
                        "test" => PluginsCommand.Test(catalog, output),
                        _ => UsageError(error),
                    };
                case "docs":
                    await services.GetRequiredService<StartupTasks>().MigrateAsync(cancellation);
                    return await DocsCommand.RunAsync(arguments, services.GetRequiredService<DocumentService>(), services.GetRequiredService<PackageService>(), output, error, cancellation);
                case "bench":
                    return arguments.Has("plan")
                        ? PlanBench.Run(arguments, services.GetRequiredService<ChannelCatalog>(), output, error)
                        : BenchCommand.Run(arguments, services.GetRequiredService<ChannelCatalog>(), output, error);
                case "match":
                    return MatchCommand.Run(arguments, services.GetRequiredService<ChannelCatalog>(), services.GetRequiredService<TimeProvider>(), output, error);
                case "plan":
                    if (args.Contains("--reserve"))
                    {
                        await services.GetRequiredService<StartupTasks>().MigrateAsync(cancellation);
                    }
                    return await PlanCommand.RunAsync(arguments, services.GetRequiredService<ChannelCatalog>(), services.GetRequiredService<Reserve.Planning.FundingPlanner>(),
                        () => services.GetRequiredService<IProjectReserve>(), services.GetRequiredService<TimeProvider>(), output, error, cancellation);
                case "import":
                    await services.GetRequiredService<StartupTasks>().MigrateAsync(cancellation);
                    return await ImportCommand.RunAsync(arguments, services.GetRequiredService<ChannelCatalog>(), services.GetRequiredService<IProjectReserve>(), output, error, cancellation);
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
                default:
                    return UsageError(error);
            }
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

    private static int UsageError(TextWriter error)
    {
        error.WriteLine(Usage);
        return 2;
    }
}
