using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reserve.Projects.Web;
using Reserve.WebKit.Security;
using Reserve.Projects.Forms;

namespace Reserve.Projects.Web.Pages.Projects;

[Authorize(Policy = Policies.EditProjects)]
internal sealed class NewModel(ProjectFormSource source, ProjectEditing editing, ProjectAccess access) : ProjectFormPage(source, editing)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Values[ProjectForm.DepartmentHeader] = Department;
        var problem = await access.EditProblemAsync(User, null, new Reserve.Sdk.Projects.ProjectRecord { Department = Department }, cancellationToken);
        Error = problem;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(null, cancellationToken);
}
