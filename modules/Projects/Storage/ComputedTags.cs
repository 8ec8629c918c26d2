using Reserve.Sdk.Classification;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Storage;

/// <summary>
/// Keeps the system-computed "两新一重" tags of a record current: they are recomputed on every save, and
/// tags people typed are left alone (computed ones carry the （系统） mark, project-record.md "tags").
/// </summary>
internal static class ComputedTags
{
    private const string Mark = "（系统）";

    public static void Refresh(ProjectRecord record)
    {
        record.Tags.RemoveAll(t => t.EndsWith(Mark, StringComparison.Ordinal));
        foreach (var tag in TwoNewOneMajor.Classify(record))
        {
            if (!record.Tags.Contains(tag.AsRecordTag))
            {
                record.Tags.Add(tag.AsRecordTag);
            }
        }
    }
}
