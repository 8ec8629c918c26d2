using System.Security.Claims;
using Reserve.Channels;
using Reserve.WebKit.Security;
using Reserve.Projects;
using Reserve.Projects.Interchange;
using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Web.Imports;

/// <summary>
/// Reads an uploaded file the way the import does, and adds what only the web knows: a clerk imports only
/// their own department's projects, and cannot overwrite another department's project by naming its id.
/// </summary>
public sealed class ImportPreviewer(IProjectReserve reserve, ChannelCatalog catalog)
{
    public async Task<ImportPreview> PreviewAsync(ClaimsPrincipal user, byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".xlsx" or ".json"))
        {
            return new ImportPreview(ImportFormat.Xlsx, [new ImportProblem(0, ImportProblem.FileColumn, $"只能导入 .xlsx 或 .json 文件，“{fileName}”不是")], [], []);
        }
        using var stream = new MemoryStream(content, writable: false);
        var result = extension == ".json"
            ? ProjectImport.ReadJson(stream, catalog.ChannelFacts, KnownChannels.Of(catalog))
            : ProjectImport.ReadXlsx(stream, catalog.ChannelFacts, KnownChannels.Of(catalog));

        var department = user.ScopeDepartment();
        var rows = new List<PreviewRow>(result.Rows.Count);
        var valid = new List<ProjectRecord>();
        foreach (var row in result.Rows)
        {
            var problems = row.Problems.ToList();
            if (department is not null)
            {
                problems.AddRange(await OwnershipProblemsAsync(row, department, cancellationToken));
            }
            rows.Add(new PreviewRow(row.Row, row.Record.Id, row.Record.Name, row.Record.TotalInvestment, problems));
            if (problems.Count == 0)
            {
                valid.Add(row.Record);
            }
        }
        return new ImportPreview(result.Format, result.FileProblems, rows, valid);
    }

    private async Task<IEnumerable<ImportProblem>> OwnershipProblemsAsync(ImportedRow row, string department, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblem>();
        if (!string.IsNullOrEmpty(row.Record.Department) && row.Record.Department != department)
        {
            problems.Add(new ImportProblem(row.Row, "主管部门", $"只能导入本部门（{department}）的项目，此行为“{row.Record.Department}”"));
        }
        if (row.Record.Id is { } id && await reserve.FindAsync(id, cancellationToken) is { } existing && existing.Record.Department != department)
        {
            problems.Add(new ImportProblem(row.Row, "储备编号", $"储备编号 {id} 不是本部门的项目，不能通过导入修改"));
        }
        return problems;
    }
}
