namespace Reserve.Accounts.Storage;

internal sealed class DepartmentRow
{
    public string Name { get; set; } = "";
    public string FullName { get; set; } = "";
    public bool Active { get; set; } = true;
    public int SortOrder { get; set; }

    public Department ToDepartment() => new(Name, FullName, Active);
}
