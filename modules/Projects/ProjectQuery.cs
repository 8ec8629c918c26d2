namespace Reserve.Projects;

/// <summary>Which projects to list: by department, field, stage and name text, in an order, a page at a time.</summary>
public sealed record ProjectQuery(
    string? Department = null,
    string? Field = null,
    string? Stage = null,
    string? Search = null,
    int Skip = 0,
    int Take = 50,
    ProjectSort Sort = ProjectSort.Id,
    bool Descending = false);

/// <summary>The columns a project list can be ordered by.</summary>
public enum ProjectSort
{
    Id,
    Name,
    Department,
    TotalInvestment,
    UpdatedAt,
}
