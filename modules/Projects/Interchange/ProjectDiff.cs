using System.Globalization;
using System.Text.Json;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>One field that an audited change altered, named by its interchange column (资金来源-中央预算内投资, 前期工作-可研批复-文号 …).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>
/// What a change did to a project, field by field: the two interchange snapshots of an audit entry are read
/// back and compared through the worksheet columns, so each difference carries the Chinese column name a
/// clerk knows from the import template, and a value as the worksheet would show it.
/// </summary>
public static class ProjectDiff
{
    /// <summary>
    /// The fields that differ, in worksheet order. A null snapshot is an absent project (a creation has no
    /// "before"). A snapshot that cannot be read back gives one change that says so, never an exception.
    /// </summary>
    public static IReadOnlyList<FieldChange> Compare(string? beforeJson, string? afterJson, IReadOnlyList<FactDescriptor> channelFacts,
        IReadOnlyList<KnownChannel>? channels = null)
    {
        ArgumentNullException.ThrowIfNull(channelFacts);
        ProjectRecord? before, after;
        try
        {
            before = Read(beforeJson);
            after = Read(afterJson);
        }
        catch (JsonException ex)
        {
            return [new FieldChange("（记录内容）", null, $"修改前后的内容无法读取：{ex.Message}")];
        }
        var changes = new List<FieldChange>();
        foreach (var column in XlsxLayout.For(new ChannelFacts(channelFacts, channels)).Columns)
        {
            Add(changes, column.Header, before is null ? null : column.ToCell(before), after is null ? null : column.ToCell(after));
        }
        // Facts of a channel that is no longer loaded have no column, but their change is still a change.
        var declared = channelFacts.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var undeclared = FactKeys(before).Concat(FactKeys(after)).Where(k => !declared.Contains(k)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var key in undeclared)
        {
            Add(changes, $"渠道要素-{key}", FactCell(before, key), FactCell(after, key));
        }
        return changes;
    }

    /// <summary>The project's name a change is about: after the change, or before it when it has no "after"; null when neither reads.</summary>
    public static string? ProjectName(string? beforeJson, string? afterJson)
    {
        try
        {
            return (Read(afterJson) ?? Read(beforeJson)) is { } record && !string.IsNullOrWhiteSpace(record.Name) ? record.Name : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ProjectRecord? Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<ProjectRecord>(json, ProjectJson.Options);

    private static IEnumerable<string> FactKeys(ProjectRecord? record) => record?.Facts.Keys ?? Enumerable.Empty<string>();

    private static object? FactCell(ProjectRecord? record, string key) =>
        record is not null && record.Facts.TryGetValue(key, out var value) ? FactValues.ToCell(value) : null;

    private static void Add(List<FieldChange> changes, string field, object? before, object? after)
    {
        var b = Text(before);
        var a = Text(after);
        if (!string.Equals(b, a, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, b, a));
        }
    }

    /// <summary>A cell as text: numbers with thousands separators, dates as yyyy-MM-dd; empty is null.</summary>
    private static string? Text(object? cell) => cell switch
    {
        null => null,
        decimal d => d.ToString("#,0.######", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s when s.Length == 0 => null,
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture),
    };
}
