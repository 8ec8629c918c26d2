namespace Reserve.Accounts;

/// <summary>One problem of an administrator's input, by the field it is about (<see cref="AccountFields"/>), in Chinese.</summary>
public sealed record AccountProblem(string Field, string Message);

/// <summary>The fields of the account and department forms, as <see cref="AccountProblem.Field"/> names them (the form's input names).</summary>
public static class AccountFields
{
    public const string Login = "login";
    public const string DisplayName = "displayName";
    public const string Role = "role";
    public const string Department = "department";
    public const string Password = "password";
    public const string DepartmentName = "name";
    public const string DepartmentFullName = "fullName";
}
