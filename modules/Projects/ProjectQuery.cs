namespace Reserve.Projects;

/// <summary>Which projects to list: by department, field, stage and name text, a page at a time.</summary>
public sealed record ProjectQuery(
    string? Department = null,
    string? Field = null,
    string? Stage = null,
    string? Search = null,
    int Skip = 0,
    int Take = 50);
