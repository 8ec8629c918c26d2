using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reserve.Projects.Web;
using Reserve.WebKit.Security;

namespace Reserve.Projects.Web.Pages.Projects;

[Authorize(Policy = Policies.EditProjects)]
internal sealed class EditModel(ProjectFormSource source, ProjectEditing editing, ProjectAccess access) : ProjectFormPage(source, editing)
{
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var read = await access.ReadAsync(User, id, cancellationToken);
        if (read.Project is not { } stored)
        {
            return this.Refuse(read.Status, read.Problem!);
        }
        if (await access.EditProblemAsync(User, stored.Record, stored.Record, cancellationToken) is { } problem)
        {
            return this.Refuse(StatusCodes.Status403Forbidden, problem);
        }
        if (stored.Withdrawal is not null)
        {
            return this.Refuse(StatusCodes.Status409Conflict, "该项目已撤回，请先在项目页面恢复到储备清单再修改");
        }
        Id = id;
        Name = stored.Record.Name;
        Version = stored.Version;
        Values = new Dictionary<string, string>(Source.Form.ValuesOf(stored.Record), StringComparer.Ordinal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var read = await access.ReadAsync(User, id, cancellationToken);
        if (read.Project is not { } stored)
        {
            return this.Refuse(read.Status, read.Problem!);
        }
        Id = id;
        Name = stored.Record.Name;
        return await SaveAsync(id, cancellationToken);
    }
}
