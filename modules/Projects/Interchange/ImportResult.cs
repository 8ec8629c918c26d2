using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>The kind of file an import read; it decides how rows are numbered (see <see cref="ImportProblem"/>).</summary>
public enum ImportFormat
{
    Json,
    Xlsx,
}

/// <summary>One project read from a file, with its row number and whatever is wrong with it.</summary>
/// <param name="Row">The XLSX row number (first project on row 2), or the 1-based position in the JSON array.</param>
/// <param name="Record">What could be read; a field that could not be read is left unset and has a problem.</param>
public sealed record ImportedRow(int Row, ProjectRecord Record, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>
    /// Set by a reader that has just run the record rules on this row and handed it straight to storage,
    /// so that storage does not run them twice. Rows made or kept by callers are always checked again.
    /// </summary>
    internal bool Validated { get; init; }
}

/// <summary>
/// Everything an import found: every project row with its problems, and the problems of the file as a
/// whole (row 0; in XLSX also the header row 1: unknown or missing columns). Reading never stops at the
/// first problem. The caller chooses: refuse the file when <see cref="HasProblems"/>, or take only
/// <see cref="ValidRows"/>.
/// </summary>
public sealed class ImportResult
{
    internal ImportResult(ImportFormat format, IReadOnlyList<ImportProblem> fileProblems, IReadOnlyList<ImportedRow> rows)
    {
        Format = format;
        FileProblems = fileProblems;
        Rows = rows;
        ValidRows = [.. rows.Where(r => r.IsValid)];
        Records = [.. ValidRows.Select(r => r.Record)];
        RowsWithProblems = [.. rows.Where(r => !r.IsValid).Select(r => r.Row)];
        Problems = [.. fileProblems.OrderBy(p => p.Row), .. rows.SelectMany(r => r.Problems)];
    }

    public ImportFormat Format { get; }

    /// <summary>Every project row that was read, valid or not, in file order.</summary>
    public IReadOnlyList<ImportedRow> Rows { get; }

    /// <summary>The rows without problems, each record paired with its row number.</summary>
    public IReadOnlyList<ImportedRow> ValidRows { get; }

    /// <summary>The records of <see cref="ValidRows"/> only; a record with a problem is never here.</summary>
    public IReadOnlyList<ProjectRecord> Records { get; }

    /// <summary>Problems not tied to one project: the file (row 0) or, in XLSX, the header row (row 1).</summary>
    public IReadOnlyList<ImportProblem> FileProblems { get; }

    /// <summary>Every problem: those of the file first, then those of each row in file order.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>The row numbers of the project rows that have at least one problem.</summary>
    public IReadOnlyList<int> RowsWithProblems { get; }

    public bool HasProblems => Problems.Count > 0;

    /// <summary>A problem as one line for the user: 第3行【总投资】“-5”不能为负数 (JSON: 第3个项目【…】).</summary>
    public string Describe(ImportProblem problem) => Describe(Format, problem);

    internal static string Describe(ImportFormat format, ImportProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var where = problem.Row switch
        {
            0 => "",
            _ when format == ImportFormat.Json => $"第{problem.Row}个项目",
            _ => $"第{problem.Row}行",
        };
        return $"{where}【{problem.Column}】{problem.Message}";
    }

    internal static ImportResult FileProblem(ImportFormat format, string message) =>
        new(format, [new ImportProblem(0, ImportProblem.FileColumn, message)], []);

    /// <summary>Reads a source to the end and keeps every row; a file that failed part-way keeps only that problem.</summary>
    internal static ImportResult From(ImportSource source)
    {
        var rows = source.Rows().ToList();
        return source.Failure is { } failure
            ? new ImportResult(source.Format, [failure], [])
            : new ImportResult(source.Format, source.FileProblems, rows);
    }
}
