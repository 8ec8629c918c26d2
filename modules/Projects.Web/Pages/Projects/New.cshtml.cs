using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reserve.Projects.Web;
using Reserve.WebKit.Security;
using Reserve.Projects.Forms;

namespace Reserve.Projects.Web.Pages.Projects;

[Authorize(Policy = Policies.EditProjects)]
internal sealed class NewModel(ProjectFormSource source, ProjectEditing editing, ProjectAccess access) : ProjectFormPage(source, editing)
{
    /// <summary>The department cannot add projects now: the page says why instead of offering a form that would be refused.</summary>
    public bool Locked { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Values[ProjectForm.DepartmentHeader] = Department;
        var problem = await access.EditProblemAsync(User, null, new Reserve.Sdk.Projects.ProjectRecord { Department = Department }, cancellationToken);
        Error = problem;
        Locked = problem is not null;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(null, cancellationToken);
}
