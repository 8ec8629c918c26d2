using System.Text.Json;
using Reserve.Projects.Interchange;

namespace Reserve.Approvals.Storage;

/// <summary>The module's audit rows: the reserve's interchange JSON (enums as their Chinese words, ISO dates), so every module's audit reads alike.</summary>
internal static class Audit
{
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ProjectJson.Options);

    public static ApprovalAuditRow Row(string entity, string key, string action, string user, DateTime at, string? before, string? after) =>
        new() { Entity = entity, EntityKey = key, Action = action, User = user, AtUtc = at, Before = before, After = after };
}
