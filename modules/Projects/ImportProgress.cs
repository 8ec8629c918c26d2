namespace Reserve.Projects;

/// <summary>How far an import has got: rows read from the source, and rows written so far (not yet committed).</summary>
public sealed record ImportProgress(int RowsRead, int RowsStored);
