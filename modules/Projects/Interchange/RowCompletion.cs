using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// Finishes a row the readers and the form have bound: 拟申请渠道 named by people become channel ids, the validator
/// runs, and the record is paired with its problems.
/// </summary>
internal static class RowCompletion
{
    /// <summary>
    /// A value that could not be read is left unset, so the validator would then call it missing or zero;
    /// its problems are kept only for columns where reading found nothing wrong, so each cell gets its first cause.
    /// </summary>
    public static ImportedRow Complete(int row, ProjectRecord record, IReadOnlyList<ImportProblem> readProblems,
        ChannelFacts facts, IColumnNames names)
    {
        facts.Channels.ToIds(record);
        var ruleProblems = ProjectValidator.Validate(record, row, facts, names);
        if (readProblems.Count == 0)
        {
            return new ImportedRow(row, record, ruleProblems) { Validated = true };
        }
        var unreadable = readProblems.Select(p => p.Column).ToHashSet(StringComparer.Ordinal);
        return new ImportedRow(row, record, [.. readProblems, .. ruleProblems.Where(p => !unreadable.Contains(p.Column))]) { Validated = true };
    }
}
