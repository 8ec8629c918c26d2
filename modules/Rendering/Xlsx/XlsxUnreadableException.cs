namespace Reserve.Rendering.Xlsx;

/// <summary>
/// The file is not a workbook the reader can read (not a zip, no worksheet, malformed XML). The message is for
/// logs; each import tells its user in its own Chinese words.
/// </summary>
public sealed class XlsxUnreadableException : Exception
{
    public XlsxUnreadableException()
    {
    }

    public XlsxUnreadableException(string message)
        : base(message)
    {
    }

    public XlsxUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal XlsxUnreadableException(Exception cause)
        : base("not a readable XLSX workbook: " + cause.Message, cause)
    {
    }

    /// <summary>A workbook, but without a worksheet to read.</summary>
    public bool HasNoWorksheet { get; private init; }

    internal static XlsxUnreadableException NoWorksheet() => new("the workbook has no worksheet") { HasNoWorksheet = true };
}
