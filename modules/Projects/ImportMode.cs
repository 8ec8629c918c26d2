namespace Reserve.Projects;

/// <summary>What an import does with a file in which some rows have problems.</summary>
public enum ImportMode
{
    /// <summary>Any problem stores nothing; every problem is listed.</summary>
    AllOrNothing,

    /// <summary>
    /// The rows without problems are stored, the others listed and skipped. A file that cannot be read to
    /// the end still stores nothing.
    /// </summary>
    ValidRowsOnly,
}
