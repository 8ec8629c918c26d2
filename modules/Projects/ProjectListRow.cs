using Reserve.Sdk.Projects;

namespace Reserve.Projects;

/// <summary>
/// A project as a list shows it: the few columns of a row, read without the record's JSON columns (funding sources,
/// requests, pre-work, facts), which a list never shows and which cost most of a list's time to read at province scale.
/// </summary>
public sealed record ProjectListRow(
    string Id,
    string Name,
    string Department,
    ProjectField? Field,
    ProjectStage? Stage,
    DateOnly? PlannedStart,
    decimal TotalInvestment,
    int Version,
    DateTime UpdatedAtUtc,
    string UpdatedBy)
{
    /// <summary>The row of a stored project (for stand-ins of the reserve that hold whole records).</summary>
    public static ProjectListRow Of(StoredProject stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var p = stored.Record;
        return new ProjectListRow(p.Id ?? "", p.Name, p.Department, p.Field, p.Stage, p.PlannedStart, p.TotalInvestment,
            stored.Version, stored.UpdatedAtUtc, stored.UpdatedBy);
    }
}

/// <summary>One page of a project list and how many projects the whole query finds.</summary>
public sealed record ProjectPage<T>(int Total, IReadOnlyList<T> Items);
