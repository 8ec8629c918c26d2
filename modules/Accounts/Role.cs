using Reserve.Sdk.Projects;

namespace Reserve.Accounts;

/// <summary>The four kinds of user of issue 5; each decides what pages and API routes a user may reach.</summary>
public enum Role
{
    [ZhName("部门填报员")] DepartmentClerk,
    [ZhName("发改委审核员")] Reviewer,
    [ZhName("市领导")] CityLeader,
    [ZhName("系统管理员")] Administrator,
}
