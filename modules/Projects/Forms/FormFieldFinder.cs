using Reserve.Projects.Interchange;

namespace Reserve.Projects.Forms;

/// <summary>
/// Where in the project form a clerk fills what a channel found missing: a fact by its interchange key
/// (<c>plannedStart</c>, <c>preWork.环评批复</c>, <c>fundingSources.专项债券</c>, a channel fact's key), or a
/// material by the field its evidence names in quotes (前期工作“环评批复”状态为已完成并填写文号).
/// </summary>
internal sealed class FormFieldFinder
{
    private const string FundingKey = "fundingSources";
    private const string PreWorkKey = "preWork";

    private readonly Dictionary<string, FormField> _byKey = new(StringComparer.Ordinal);
    private readonly List<(string Quoted, FormField Field)> _byQuotedName = [];

    public FormFieldFinder(IReadOnlyList<FormField> fields)
    {
        var byHeader = fields.Where(f => f.CompanionOf is null).ToDictionary(f => f.Header, StringComparer.Ordinal);
        foreach (var record in RecordFields.All)
        {
            if (byHeader.TryGetValue(record.Header, out var field))
            {
                _byKey[record.Key] = field;
            }
        }
        foreach (var field in byHeader.Values)
        {
            if (field.FactKey is { } factKey)
            {
                _byKey.TryAdd(factKey, field);
                _byQuotedName.Add(($"渠道要素“{field.Header}”", field));
            }
            else if (Short(field.Header, XlsxLayout.PreWorkPrefix) is { } item)
            {
                _byKey[PreWorkKey + "." + item] = field;
                _byQuotedName.Add(($"前期工作“{item}”", field));
            }
            else if (Short(field.Header, XlsxLayout.FundingPrefix) is { } source)
            {
                _byKey[FundingKey + "." + source] = field;
                _byKey.TryAdd(FundingKey, field);
                _byQuotedName.Add(($"资金来源“{source}”", field));
            }
            _byQuotedName.Add(($"“{field.Header}”", field));
        }
    }

    public FormField? OfFact(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The first field the text names in quotes, or null when it names none (a letter of commitment, say).</summary>
    public FormField? NamedIn(string text) =>
        _byQuotedName.Where(q => text.Contains(q.Quoted, StringComparison.Ordinal))
            .OrderBy(q => text.IndexOf(q.Quoted, StringComparison.Ordinal))
            .Select(q => q.Field)
            .FirstOrDefault();

    private static string? Short(string header, string prefix) =>
        header.StartsWith(prefix, StringComparison.Ordinal) ? header[prefix.Length..] : null;
}
