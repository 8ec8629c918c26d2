using Microsoft.Extensions.Logging;
using Reserve.Channels;
using Reserve.Persistence;
using Reserve.Projects;

namespace Reserve.Demo.Projects;

/// <summary>The reserve's demo: generated projects imported through <see cref="IProjectReserve.ImportAsync"/>, the reserve's demo hook.</summary>
public sealed class ReserveDemo(IProjectReserve reserve, ChannelCatalog catalog, ILogger<ReserveDemo> logger)
{
    /// <summary>Fills an empty reserve with <paramref name="count"/> demo projects; one instance does it.</summary>
    internal async Task<int> SeedIfEmptyAsync(DatabaseOptions database, int count, CancellationToken cancellationToken)
    {
        await using var gate = await DatabaseLock.AcquireAsync(database, "reserve:seed", cancellationToken);
        // One row by the key, not a count: a start must not cost more with a larger reserve.
        if ((await reserve.ListAsync(new ProjectQuery(Take: 1), cancellationToken)).Count > 0)
        {
            return 0;
        }
        try
        {
            return await SeedAsync(count, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            // Demo data the active plugins cannot accept must not keep the site from starting.
            logger.LogError("未生成演示数据：{Reason}", ex.Message);
            return 0;
        }
    }

    /// <summary>Imports <paramref name="count"/> demo projects (fixed seed) whatever the reserve holds; the <c>seed</c> command's work.</summary>
    public async Task<int> SeedAsync(int count, CancellationToken cancellationToken)
    {
        var outcome = await reserve.ImportAsync(DemoProjects.Generate(count, DemoProjectOptions.For(catalog)), DemoModule.Actor, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("演示数据未通过校验：" + string.Join("；", outcome.Problems.Take(5).Select(p => $"第{p.Row}条 {p.Column}：{p.Message}")));
        }
        logger.LogInformation("已生成演示数据 {Count} 个项目", outcome.Created);
        return outcome.Created;
    }
}
