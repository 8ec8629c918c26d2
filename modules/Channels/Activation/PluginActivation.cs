using Microsoft.EntityFrameworkCore;
using Reserve.Channels.Storage;
using Reserve.Persistence;
using Reserve.Sdk.Projects;

namespace Reserve.Channels.Activation;

internal sealed class PluginActivation(ChannelCatalog catalog, IDbContextFactory<ChannelsDbContext> contexts, IGoldenGate golden, IFlipGate flips, TimeProvider clock) : IPluginActivation
{
    private const string ConflictMessage = "该插件的启用状态已被他人修改，请刷新后再试";

    public async Task<IReadOnlyList<PluginVersionStatus>> VersionsAsync(CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(cancellationToken);
        var serving = ServingSelection.Choose(catalog.Plugins, rows);
        return catalog.Plugins.Select(p =>
        {
            var row = rows.GetValueOrDefault(p.Id);
            var enabled = row?.Enabled ?? true;
            var problems = p.Status == PluginStatus.Active ? golden.Problems(p) : [];
            return new PluginVersionStatus(p, StateOf(p, problems, serving.Selected, enabled), enabled, problems, row?.Revision ?? 0);
        }).ToList();
    }

    public async Task<ActivationOutcome> ActivateAsync(string pluginId, string version, string actor, int? expectedRevision, CancellationToken cancellationToken)
    {
        var plugin = catalog.Plugins.FirstOrDefault(p => p.Id == pluginId && p.Version == version);
        if (plugin is null)
        {
            return new(ActivationResult.NotFound, $"没有插件 {pluginId} 的版本 {version}");
        }
        return await SwitchToAsync(plugin, "启用版本", actor, expectedRevision, cancellationToken);
    }

    public async Task<ActivationOutcome> RestoreAsync(string pluginId, string actor, int? expectedRevision, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(cancellationToken);
        if (rows.GetValueOrDefault(pluginId)?.PreviousVersion is not { } previous)
        {
            return catalog.Plugins.Any(p => p.Id == pluginId)
                ? new(ActivationResult.Refused, $"插件 {catalog.PluginName(pluginId)} 没有可恢复的上一版本")
                : new(ActivationResult.NotFound, $"没有标识为 {pluginId} 的插件");
        }
        var plugin = catalog.Plugins.FirstOrDefault(p => p.Id == pluginId && p.Version == previous);
        if (plugin is null)
        {
            return new(ActivationResult.Refused, $"插件 {catalog.PluginName(pluginId)} 的上一版本 {previous} 已不在插件目录中，无法恢复");
        }
        return await SwitchToAsync(plugin, "恢复上一版本", actor, expectedRevision, cancellationToken);
    }

    public async Task<ActivationOutcome> SetEnabledAsync(string pluginId, bool enabled, string actor, int? expectedRevision, CancellationToken cancellationToken)
    {
        if (!catalog.Plugins.Any(p => p.Id == pluginId))
        {
            return new(ActivationResult.NotFound, $"没有标识为 {pluginId} 的插件");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Plugins.SingleOrDefaultAsync(p => p.PluginId == pluginId, cancellationToken);
        if (expectedRevision is { } expected && (row?.Revision ?? 0) != expected)
        {
            return new(ActivationResult.Conflict, ConflictMessage);
        }
        if (row is null)
        {
            row = new PluginActivationRow { PluginId = pluginId, ActiveVersion = CurrentVersion(pluginId, null) };
            db.Plugins.Add(row);
        }
        if (row.Enabled == enabled)
        {
            return new(ActivationResult.Done, $"插件 {catalog.PluginName(pluginId)} 已是{(enabled ? "启用" : "停用")}状态");
        }
        var before = Describe(CurrentVersion(pluginId, row), row.Enabled);
        row.Enabled = enabled;
        return await SaveAsync(db, row, before, enabled ? "启用插件" : "停用插件", actor, "", null, cancellationToken);
    }

    public async Task<(int Total, IReadOnlyList<ActivationChange> Changes)> ChangesAsync(int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.Changes.CountAsync(cancellationToken);
        var rows = await db.Changes.AsNoTracking().OrderByDescending(c => c.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
        return (total, rows.Select(c => new ActivationChange(DateTime.SpecifyKind(c.AtUtc, DateTimeKind.Utc), c.Actor, c.PluginId, c.Action, c.Before, c.After, c.Detail, c.FlipReportId)).ToList());
    }

    public async Task AuditAsync(string pluginId, string action, string actor, string after, string detail, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Changes.Add(new ActivationChangeRow
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, Actor = actor, PluginId = pluginId, Action = action, Before = "", After = Bounded(after, 200), Detail = Bounded(detail, 4000),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<StoredFlipReport?> FlipReportAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FlipReports.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new StoredFlipReport(f.Id, f.PluginId, f.FromVersion, f.ToVersion, f.AsOf, f.Projects, f.ChangedResults, f.Counts, f.Workbook))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Audits a version that arrived while the host ran, records its golden cases, and makes a new plugin wait for its first activation.</summary>
    internal async Task RecordArrivalAsync(LoadedPlugin plugin, bool newPlugin, string actor, string detail, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.Plugins.SingleOrDefaultAsync(p => p.PluginId == plugin.Id, cancellationToken);
        if (row is null && newPlugin)
        {
            // A plugin that arrives while the host runs waits for its first activation, here and on every instance.
            db.Plugins.Add(new PluginActivationRow { PluginId = plugin.Id, ActiveVersion = null, Enabled = true, ChangedAtUtc = now, ChangedBy = actor });
        }
        db.Changes.Add(new ActivationChangeRow
        {
            AtUtc = now, Actor = actor, PluginId = plugin.Id, Action = "载入新版本", Before = "",
            After = Bounded($"版本 {plugin.Version}，{(plugin.Status == PluginStatus.Active ? "待启用" : ZhNames<PluginStatus>.Of(plugin.Status))}", 200),
            Detail = Bounded(detail, 4000),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another instance saw the same plugin arrive at the same moment and wrote its row: record the arrival alone.
            db.ChangeTracker.Clear();
            db.Changes.Add(new ActivationChangeRow { AtUtc = now, Actor = actor, PluginId = plugin.Id, Action = "载入新版本", Before = "", After = Bounded($"版本 {plugin.Version}", 200), Detail = Bounded(detail, 4000) });
            await db.SaveChangesAsync(cancellationToken);
        }
        if (plugin.Status == PluginStatus.Active)
        {
            await RecordGoldenAsync(plugin, golden.Problems(plugin), cancellationToken);
        }
    }

    /// <summary>Which loaded versions must stay in memory: those serving here, and the stored active and previous (rollback) versions.</summary>
    internal async Task<Func<LoadedPlugin, bool>> KeptVersionsAsync(CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(cancellationToken);
        var serving = catalog.Active.Channels.Select(c => c.Plugin).ToHashSet();
        return p => serving.Contains(p)
            || (rows.GetValueOrDefault(p.Id) is { } row && (row.ActiveVersion == p.Version || row.PreviousVersion == p.Version));
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(cancellationToken);
        catalog.Serve(ServingSelection.Choose(catalog.Plugins, rows).Serving);
    }

    private async Task<ActivationOutcome> SwitchToAsync(LoadedPlugin plugin, string action, string actor, int? expectedRevision, CancellationToken cancellationToken)
    {
        if (plugin.Status != PluginStatus.Active)
        {
            return new(ActivationResult.Refused, $"插件 {catalog.PluginName(plugin.Id)} {plugin.Version} {ZhNames<PluginStatus>.Of(plugin.Status)}，不能启用：{plugin.Fault}");
        }
        var problems = golden.Problems(plugin);
        await RecordGoldenAsync(plugin, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return new(ActivationResult.Refused, $"插件 {catalog.PluginName(plugin.Id)} {plugin.Version} 的核对用例未通过，不能启用：{string.Join("；", problems)}");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Plugins.SingleOrDefaultAsync(p => p.PluginId == plugin.Id, cancellationToken);
        if (expectedRevision is { } expected && (row?.Revision ?? 0) != expected)
        {
            return new(ActivationResult.Conflict, ConflictMessage);
        }
        var current = CurrentVersion(plugin.Id, row);
        if (row is null)
        {
            row = new PluginActivationRow { PluginId = plugin.Id };
            db.Plugins.Add(row);
        }
        if (current == plugin.Version)
        {
            return new(ActivationResult.Done, $"插件 {catalog.PluginName(plugin.Id)} 的启用版本已是 {plugin.Version}");
        }
        // What activating would change over the reserve, against the version that is chosen now, kept with the change.
        var replaced = catalog.Plugins.FirstOrDefault(p => p.Id == plugin.Id && p.Version == current && p.Status == PluginStatus.Active);
        var evidence = await flips.ReportAsync(replaced, plugin, cancellationToken);
        var report = new FlipReportRow
        {
            PluginId = plugin.Id, FromVersion = current, ToVersion = plugin.Version, AsOf = evidence.AsOf, Projects = evidence.Projects,
            ChangedResults = evidence.ChangedResults, Counts = Bounded(evidence.Counts, 4000), Workbook = evidence.Workbook,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var before = Describe(current, row.Enabled);
        row.PreviousVersion = current;
        row.ActiveVersion = plugin.Version;
        var detail = $"核对用例全部通过；翻转报告：评估日 {evidence.AsOf:yyyy-MM-dd}，储备库 {evidence.Projects} 个项目，{evidence.ChangedResults} 个项目×渠道的结论改变" +
            (evidence.Counts.Length > 0 ? "（" + evidence.Counts + "）" : "");
        return await SaveAsync(db, row, before, action, actor, detail, report, cancellationToken);
    }

    private async Task<ActivationOutcome> SaveAsync(ChannelsDbContext db, PluginActivationRow row, string before, string action, string actor, string detail, FlipReportRow? report, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        row.Revision++;
        row.ChangedAtUtc = now;
        row.ChangedBy = actor;
        var after = Describe(CurrentVersion(row.PluginId, row), row.Enabled);
        var change = new ActivationChangeRow { AtUtc = now, Actor = actor, PluginId = row.PluginId, Action = action, Before = before, After = after, Detail = Bounded(detail, 4000) };
        // The row, its audit entry and the flip report it refers to are written together, or none is.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (report is not null)
            {
                db.FlipReports.Add(report);
                await db.SaveChangesAsync(cancellationToken);
                change.FlipReportId = report.Id;
            }
            db.Changes.Add(change);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(ex))
        {
            return new(ActivationResult.Conflict, ConflictMessage);
        }
        await RefreshAsync(cancellationToken);
        return new(ActivationResult.Done, $"插件 {catalog.PluginName(row.PluginId)}：{before} → {after}");
    }

    /// <summary>Keeps each version's golden-case result beside its activation, for every instance and the audit.</summary>
    private async Task RecordGoldenAsync(LoadedPlugin plugin, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Versions.SingleOrDefaultAsync(v => v.PluginId == plugin.Id && v.Version == plugin.Version, cancellationToken);
        if (row is null)
        {
            row = new PluginVersionRow { PluginId = plugin.Id, Version = plugin.Version };
            db.Versions.Add(row);
        }
        row.GoldenPassed = problems.Count == 0;
        row.GoldenResult = Bounded(problems.Count == 0 ? "核对用例全部通过" : string.Join("；", problems), 4000);
        row.CheckedAtUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another instance recorded the same version at the same moment: its result is the same.
        }
    }

    private async Task<Dictionary<string, PluginActivationRow>> RowsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Plugins.AsNoTracking().ToDictionaryAsync(p => p.PluginId, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>
    /// The version that serves (or would, when switched on): the stored one if loaded here, none for a plugin that
    /// waits for its first activation, else the default.
    /// </summary>
    private string? CurrentVersion(string pluginId, PluginActivationRow? row) => row switch
    {
        { ActiveVersion: null } => null,
        { ActiveVersion: { } stored } when catalog.Plugins.Any(p => p.Id == pluginId && p.Version == stored && p.Status == PluginStatus.Active) => stored,
        _ => ChannelCatalog.DefaultServing(catalog.Plugins.Where(p => p.Id == pluginId)).FirstOrDefault()?.Version,
    };

    private static VersionState StateOf(LoadedPlugin plugin, IReadOnlyList<string> problems, IReadOnlySet<LoadedPlugin> selected, bool enabled) => plugin.Status switch
    {
        PluginStatus.Incompatible => VersionState.Incompatible,
        PluginStatus.Faulted => VersionState.Faulted,
        _ when problems.Count > 0 => VersionState.Failed,
        _ when selected.Contains(plugin) => enabled ? VersionState.Serving : VersionState.Disabled,
        _ => VersionState.Waiting,
    };

    private static string Describe(string? version, bool enabled) =>
        $"版本 {version ?? "（无）"}，{(enabled ? "启用" : "停用")}";

    private static string Bounded(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
