using Reserve.Projects.Interchange;
using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Web.Imports;

/// <summary>One row of an uploaded file as the preview shows it: what it is and every problem it has.</summary>
public sealed record PreviewRow(int Row, string? Id, string Name, decimal TotalInvestment, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>What an upload would store: every row with its problems, the file's own problems, and the valid records.</summary>
public sealed record ImportPreview(ImportFormat Format, IReadOnlyList<ImportProblem> FileProblems, IReadOnlyList<PreviewRow> Rows, IReadOnlyList<ProjectRecord> ValidRecords)
{
    public int ValidCount => ValidRecords.Count;

    public int InvalidCount => Rows.Count - ValidRecords.Count;

    /// <summary>A file whose header or format is wrong stores nothing, whatever the rows look like.</summary>
    public bool CanImport => FileProblems.Count == 0 && ValidRecords.Count > 0;

    public string Where(ImportProblem problem) => problem.Row switch
    {
        0 => "文件",
        _ when Format == ImportFormat.Json => $"第{problem.Row}个项目",
        _ => $"第{problem.Row}行",
    };
}
