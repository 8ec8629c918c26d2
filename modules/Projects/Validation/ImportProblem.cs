namespace Reserve.Projects.Validation;

/// <summary>
/// One thing wrong in an imported file, said in Chinese with the value that was found.
/// <para><see cref="Row"/>: in XLSX the worksheet row number as Excel shows it (the header is row 1, so
/// the first project is row 2; header problems are reported on row 1); in JSON the 1-based position of
/// the project object in the array. Row 0 means the file as a whole (not readable, empty …).</para>
/// <para><see cref="Column"/>: the XLSX column header (项目名称, 资金来源-中央预算内投资 …) or, for JSON,
/// the Chinese name followed by the key (总投资(totalInvestment)).</para>
/// </summary>
public sealed record ImportProblem(int Row, string Column, string Message)
{
    /// <summary>The column name used for problems with the file as a whole (row 0).</summary>
    public const string FileColumn = "文件";
}
