using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Forms;

/// <summary>A filled-in form read into a record, with every problem by field (empty when the record is valid).</summary>
public sealed record FormReading(ProjectRecord Record, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
