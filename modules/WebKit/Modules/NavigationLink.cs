using Reserve.Accounts;

namespace Reserve.WebKit.Modules;

/// <summary>A link in the top navigation: where it goes, its Chinese text, its place (lower first) and who sees it.</summary>
/// <param name="Exact">Marked active only on exactly this path (the home page), not on every path below it.</param>
public sealed record NavigationLink(string Href, string Text, int Order, IReadOnlyList<Role> Roles, bool Exact = false)
{
    public static readonly IReadOnlyList<Role> ReserveReaders = [Role.DepartmentClerk, Role.Reviewer, Role.CityLeader];
}
