using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// The project rows of one import, read one at a time: a large XLSX file streamed from disk
/// (<see cref="ProjectImport.OpenXlsx"/>), or rows already in memory (<see cref="FromRecords"/>,
/// <see cref="FromResult"/>). <c>IProjectReserve.ImportAsync</c> consumes it while storing, so a
/// 100,000-row file is never held whole. The rows can be read once.
/// </summary>
public sealed class ImportSource : IDisposable
{
    private readonly List<ImportProblem> _fileProblems;
    private readonly Func<ImportSource, IEnumerable<ImportedRow>> _rows;
    private readonly IDisposable? _owned;
    private bool _read;

    internal ImportSource(ImportFormat format, IEnumerable<ImportProblem> fileProblems,
        Func<ImportSource, IEnumerable<ImportedRow>> rows, IDisposable? owned = null)
    {
        Format = format;
        _fileProblems = [.. fileProblems];
        _rows = rows;
        _owned = owned;
    }

    public ImportFormat Format { get; }

    /// <summary>
    /// Problems of the file as a whole (row 0) and of its header (XLSX row 1). Those only known at the end
    /// (a file that cannot be read to the end, no project rows, data under no header) are added when
    /// <see cref="Rows"/> has been read to the end.
    /// </summary>
    public IReadOnlyList<ImportProblem> FileProblems => _fileProblems;

    /// <summary>
    /// Set when the file could not be read to the end: then none of its rows may be stored, since taking
    /// "the valid rows" of half a file would lose the rest unseen.
    /// </summary>
    public ImportProblem? Failure { get; private set; }

    /// <summary>The rows in file order, each with its problems; rows with nothing in them are not rows.</summary>
    public IEnumerable<ImportedRow> Rows()
    {
        if (_read)
        {
            throw new InvalidOperationException("导入来源的行只能读取一次。");
        }
        _read = true;
        return _rows(this);
    }

    /// <summary>A problem as one line for the user, numbered as this kind of file numbers rows.</summary>
    public string Describe(ImportProblem problem) => ImportResult.Describe(Format, problem);

    public void Dispose() => _owned?.Dispose();

    /// <summary>
    /// Records made by a program (API, demo data), numbered 1, 2, … as the items of a JSON array; storage
    /// checks each with the record rules before storing it.
    /// </summary>
    public static ImportSource FromRecords(IEnumerable<ProjectRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new ImportSource(ImportFormat.Json, [], _ => records.Select((record, i) => new ImportedRow(i + 1, record, [])));
    }

    /// <summary>A file already read (for example for a preview): its problems as found; storage checks the valid rows again.</summary>
    public static ImportSource FromResult(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ImportSource(result.Format, result.FileProblems, _ => result.Rows.Select(r => r with { Validated = false }));
    }

    internal void AddFileProblem(ImportProblem problem) => _fileProblems.Add(problem);

    internal void Fail(ImportProblem problem)
    {
        Failure = problem;
        _fileProblems.Add(problem);
    }
}
