using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reserve.Host.Composition;
using Reserve.Persistence.Operations;

namespace Reserve.Host.Web.Operations;

/// <summary>Ready when the database answers and every module's migrations of this build are applied.</summary>
internal sealed class DatabaseReadiness(IEnumerable<IModuleSchema> modules, ReserveOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = new List<string>();
        try
        {
            foreach (var module in modules)
            {
                var missing = await module.PendingMigrationsAsync(cancellationToken);
                if (missing.Count > 0)
                {
                    pending.Add($"{SchemaCheck.ModuleName(module.HistoryTable)}：{string.Join("、", missing)}");
                }
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException or InvalidOperationException or IOException)
        {
            return HealthCheckResult.Unhealthy($"数据库 {options.Database.Describe()} 无法连接：{ex.Message}");
        }
        return pending.Count == 0
            ? HealthCheckResult.Healthy($"数据库 {options.Database.Describe()} 可连接，各模块迁移均已应用")
            : HealthCheckResult.Unhealthy($"数据库有未应用的迁移（{string.Join("；", pending)}）");
    }
}
