using Reserve.Projects.Interchange;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Validation;

/// <summary>
/// The per-field rules of project-record.md, checked on a record however it was made (import, form, API).
/// Every problem is reported, not only the first. Matching concerns are not import errors: 初设概算 above
/// 1.1 × 可研估算, a lapsed 核准 and the like are flagged by the matching rules, not here.
/// </summary>
public static class ProjectValidator
{
    /// <summary>
    /// Checks one record. <paramref name="row"/> is carried into each problem; columns are named as in the
    /// JSON format, 中文名(key), since the record may not come from a worksheet. With <paramref name="channels"/>, a
    /// 拟申请渠道 that names none of them is a problem.
    /// </summary>
    public static IReadOnlyList<ImportProblem> Validate(ProjectRecord record, int row, IReadOnlyList<FactDescriptor> channelFacts,
        IReadOnlyList<KnownChannel>? channels = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(channelFacts);
        var facts = new ChannelFacts(channelFacts, channels);
        return Validate(record, row, facts, new JsonColumnNames(facts));
    }

    internal static IReadOnlyList<ImportProblem> Validate(ProjectRecord record, int row, ChannelFacts facts, IColumnNames names) =>
        new RecordChecks(record, row, facts, names).Run();
}
