namespace Reserve.Approvals.Web.Pages.Approvals;

/// <summary>The problems of a refused form, each shown under its field; those of no field on the page go to the box above the form.</summary>
internal sealed class FormProblems
{
    private readonly List<Problem> _problems = [];

    public string? Error { get; private set; }

    public IReadOnlyList<Problem> All => _problems;

    public void Refuse(string error, IEnumerable<Problem> problems)
    {
        Error = error;
        _problems.AddRange(problems);
    }

    /// <summary>The messages of <paramref name="field"/> (and of fields it prefixes, e.g. “环评批复：承诺时限”), joined.</summary>
    public string? Of(string field)
    {
        var messages = _problems.Where(p => p.Field == field || p.Field.StartsWith(field + "：", StringComparison.Ordinal))
            .Select(p => p.Field == field ? p.Message : $"{p.Field[(field.Length + 1)..]}：{p.Message}").ToList();
        return messages.Count == 0 ? null : string.Join("；", messages);
    }

    /// <summary>The problems whose field is none of <paramref name="shown"/>.</summary>
    public IEnumerable<Problem> Elsewhere(IReadOnlySet<string> shown) =>
        _problems.Where(p => !shown.Contains(p.Field) && !shown.Any(s => p.Field.StartsWith(s + "：", StringComparison.Ordinal)));
}
