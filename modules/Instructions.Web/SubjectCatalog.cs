using Reserve.Instructions;

namespace Reserve.Instructions.Web;

/// <summary>The kinds of record an instruction can be written on now: those whose module is on and registered a source.</summary>
internal sealed class SubjectCatalog(IEnumerable<IInstructionSubjects> sources)
{
    private readonly Dictionary<SubjectKind, IInstructionSubjects> _byKind = sources.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.First());

    public IReadOnlyList<SubjectKind> Kinds => _byKind.Keys.Order().ToList();

    public IInstructionSubjects? Of(SubjectKind kind) => _byKind.GetValueOrDefault(kind);

    /// <summary>"PlanProject", "plan-project" or "年度计划项目".</summary>
    public static bool TryParseKind(string? text, out SubjectKind kind)
    {
        kind = default;
        return text is not null && EnumText.TryParse(text.Replace("-", "", StringComparison.Ordinal), out kind);
    }
}
