using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Projects.Web;
using Reserve.WebKit.Security;
using Reserve.Projects.Forms;
using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Web.Pages.Projects;

/// <summary>
/// What the new-project and edit pages share: the form's fields, the values shown, the problems per field,
/// and saving through <see cref="ProjectEditing"/>. On any refusal the user's input is shown again, never lost.
/// </summary>
internal abstract class ProjectFormPage(ProjectFormSource source, ProjectEditing editing) : PageModel
{
    public const string FieldPrefix = "f:";

    /// <summary>The names of a 拟申请渠道 row's two inputs (repeated once per row).</summary>
    public const string RequestChannel = "request-channel", RequestAmount = "request-amount";

    /// <summary>Blank 拟申请渠道 rows offered below the filled ones.</summary>
    public const int BlankRequestRows = 3;

    public ProjectFormSource Source => source;
    public IReadOnlyList<FormField> Fields => source.Form.Fields;
    public Dictionary<string, string> Values { get; protected set; } = new(StringComparer.Ordinal);
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];
    public string? Error { get; protected set; }
    public string Department => User.Department() ?? "";

    [BindProperty] public int? Version { get; set; }

    /// <summary>The column of a field to scroll to and mark (the project page's link for a missing fact).</summary>
    [BindProperty(SupportsGet = true, Name = "focus")] public string? Focus { get; set; }

    /// <summary>The element id of a field's place in the form (a fragment the project page links to).</summary>
    public static string AnchorOf(string header) => "field-" + header;

    /// <summary>
    /// The element id of a field's input. A link's fragment names the input itself, not its place: a browser focuses a
    /// fragment's target that takes focus (the cursor lands in the field, without script), and takes focus away from
    /// whatever had it when the target does not.
    /// </summary>
    public static string InputAnchorOf(string header) => "input-" + header;

    /// <summary>The edit form's address that scrolls to a field, marks it and puts the cursor in it.</summary>
    public static string EditLink(string projectId, string header) =>
        $"/projects/{Uri.EscapeDataString(projectId)}/edit?focus={Uri.EscapeDataString(header)}#{Uri.EscapeDataString(InputAnchorOf(header))}";

    public string? ProblemOf(string header) =>
        Problems.Where(p => p.Column == header).Select(p => p.Message).FirstOrDefault();

    protected async Task<IActionResult> SaveAsync(string? id, CancellationToken cancellationToken)
    {
        Values = Request.Form
            .Where(kv => kv.Key.StartsWith(FieldPrefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[FieldPrefix.Length..], kv => kv.Value.ToString(), StringComparer.Ordinal);
        Values[ProjectForm.DepartmentHeader] = Department;
        if (Fields.FirstOrDefault(f => f.Input == FormInput.ChannelAmounts) is { } requests)
        {
            Values[requests.Header] = RequestRows.Join(Request.Form[RequestChannel], Request.Form[RequestAmount]);
        }
        var reading = source.Form.Read(Values.ToDictionary(kv => kv.Key, kv => (string?)kv.Value), id);
        if (!reading.IsValid)
        {
            Problems = reading.Problems;
            Error = $"有 {reading.Problems.Count} 处需要修改，项目未保存";
            return Page();
        }
        var result = await editing.SaveAsync(User, reading.Record, Version, cancellationToken);
        if (result.Saved is { } saved)
        {
            TempData["Flash"] = id is null ? $"已新建项目 {saved.Record.Id}，正在匹配资金渠道" : "已保存，匹配结果已更新";
            return Redirect($"/projects/{saved.Record.Id}");
        }
        // Refused (conflict, permission, validation): the form comes back with what the user typed.
        Problems = result.Problems;
        Error = result.Problem;
        Response.StatusCode = result.Status;
        return Page();
    }
}
