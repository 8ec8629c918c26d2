using System.Security.Claims;
using Microsoft.AspNetCore.WebUtilities;
using Reserve.WebKit.Security;
using Reserve.Projects;

namespace Reserve.WebKit;

/// <summary>
/// The project list's filters as the page, the API and the export read them from the address (the same names in
/// all three): department, field, stage, search text, channel + answer, plan year, 两新一重 category, order. A clerk's
/// list is their own department's whatever the address says.
/// </summary>
public sealed record ProjectListFilter(
    string? Department = null,
    string? Field = null,
    string? Stage = null,
    string? Q = null,
    string? Channel = null,
    string? Answer = null,
    int? Year = null,
    string? Category = null,
    ProjectSort? Sort = null,
    bool Desc = false)
{
    /// <summary>The query for one page; with search text and no order asked for, the best matches come first.</summary>
    public ProjectQuery Query(ClaimsPrincipal user, int skip, int take) =>
        new(user.ScopeDepartment() ?? Blank(Department), Blank(Field), Blank(Stage), Blank(Q), skip, take, EffectiveSort, Desc)
        {
            Channel = Blank(Channel),
            Answer = Blank(Answer),
            PlanYear = Year,
            Category = Blank(Category),
            Withdrawn = Withdrawn,
        };

    /// <summary>The projects withdrawn (撤回) from the reserve instead of those in it.</summary>
    public bool Withdrawn { get; init; }

    public ProjectSort EffectiveSort => Sort ?? (string.IsNullOrWhiteSpace(Q) ? ProjectSort.Id : ProjectSort.Relevance);

    /// <summary>The filters as address parameters (empty ones left out), for links that keep them.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Parameters() =>
        new Dictionary<string, string?>
        {
            ["department"] = Department,
            ["field"] = Field,
            ["stage"] = Stage,
            ["q"] = Q,
            ["channel"] = Channel,
            ["answer"] = Answer,
            ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["category"] = Category,
            ["withdrawn"] = Withdrawn ? "true" : null,
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value));

    public string Link(string path, IEnumerable<KeyValuePair<string, string?>> extra) =>
        QueryHelpers.AddQueryString(path, Parameters().Concat(extra.Where(p => !string.IsNullOrEmpty(p.Value))));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
