namespace Reserve.Dispatch.Import;

/// <summary>A problem of one cell of an imported sheet: the row Excel shows, the column (letter and header) and the reason.</summary>
public sealed record ImportCellProblem(int Row, string Column, string Header, string Message)
{
    public override string ToString() => Row > 0 ? $"第{Row}行{Column}列（{Header}）：{Message}" : $"{Header}：{Message}";
}

/// <summary>One data row of the sheet as read: the project it names, its period, and its problems (none when it can be stored).</summary>
public sealed record ImportRowPreview(int Row, string Project, string Period, decimal? ThisPeriod, decimal? Cumulative, string Status,
    IReadOnlyList<ImportCellProblem> Problems)
{
    public bool Valid => Problems.Count == 0;
}

/// <summary>
/// What an import would store: every row with its problems, and the problems of the file itself (unreadable, a
/// required column missing), which stop the import whole.
/// </summary>
public sealed record ReportImportPreview(IReadOnlyList<ImportRowPreview> Rows, IReadOnlyList<ImportCellProblem> FileProblems)
{
    public int ValidRows => Rows.Count(r => r.Valid);

    public int InvalidRows => Rows.Count - ValidRows;

    public bool Readable => FileProblems.Count == 0;
}

/// <summary>What an import stored: how many reports, or nothing and why (the preview it was refused on).</summary>
public sealed record ReportImportResult(int Stored, ReportImportPreview Preview, string? Refusal)
{
    public bool Succeeded => Refusal is null;
}
