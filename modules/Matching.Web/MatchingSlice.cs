using Reserve.Jobs;
using Reserve.WebKit.Commands;
using Reserve.WebKit.Modules;

namespace Reserve.Matching.Web;

/// <summary>渠道匹配: every project against every channel, the stored results, their re-computation, and <c>match</c>.</summary>
public sealed class MatchingSlice : IReserveModule
{
    public string Name => "Matching";

    public string Title => "渠道匹配";

    public void AddServices(ModuleContext context)
    {
        context.Services.AddMatching(context.Database);
        context.Services.AddSingleton<IJobHandler, RematchAllJob>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateMatchingAsync(cancellationToken);

    public IReadOnlyList<ModuleCommand> Commands =>
    [
        new("match", """
              match 文件 [--as-of 日期] [--out 结果.json] [--summary]
                                               匹配 JSON/XLSX 文件中的项目，输出结果 JSON 和表格（不入库）
            """,
            c => Task.FromResult(MatchCommand.Run(c.Arguments, c.Get<Reserve.Channels.ChannelCatalog>(), c.Get<TimeProvider>(), c.Output, c.Error))),
    ];
}
