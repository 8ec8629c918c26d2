using Reserve.Accounts;
using Reserve.Projects.DemoData;
using Reserve.Review;

namespace Reserve.Host.Composition;

/// <summary>
/// The accounts and departments of the demo (first start on the embedded default): one clerk per demo
/// department, a reviewer, a city leader and an administrator, and submissions at every stage so that
/// each page has something to show. The password is printed on the login page while demo data is on.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "Reserve2027";

    private static readonly Dictionary<string, (string Login, string Person)> Clerks = new(StringComparer.Ordinal)
    {
        ["发改委"] = ("fgwxm", "马晓东"), ["交通运输局"] = ("jtj", "王建军"), ["住建局"] = ("zjj", "李秀兰"), ["水务局"] = ("swj", "张志强"),
        ["农业农村局"] = ("nyj", "刘玉梅"), ["工信局"] = ("gxj", "陈国栋"), ["商务局"] = ("swuj", "杨海燕"), ["应急管理局"] = ("yjj", "赵永刚"),
        ["粮食和物资储备局"] = ("lcj", "黄丽娟"), ["卫健委"] = ("wjw", "周文斌"), ["生态环境局"] = ("sthjj", "吴春花"), ["自然资源局"] = ("zrzyj", "徐立新"),
        ["文旅局"] = ("wlj", "孙静怡"), ["教育局"] = ("jyj", "胡明辉"),
    };

    public static async Task SeedAsync(IAccounts accounts, IReview review, int reserveYear, CancellationToken cancellationToken)
    {
        const string actor = "演示数据";
        foreach (var (name, fullName) in DemoProjects.Departments)
        {
            await accounts.AddDepartmentAsync(new Department(name, fullName, true), actor, cancellationToken);
        }
        await Create(accounts, new NewUser("admin", "系统管理员", Role.Administrator, null, Password), cancellationToken);
        await Create(accounts, new NewUser("fgw", "郑海涛", Role.Reviewer, null, Password), cancellationToken);
        await Create(accounts, new NewUser("leader", "市领导（演示）", Role.CityLeader, null, Password), cancellationToken);
        foreach (var (department, (login, person)) in Clerks)
        {
            await Create(accounts, new NewUser(login, person, Role.DepartmentClerk, department, Password), cancellationToken);
        }
        // A second clerk of one department, to show two people editing the same project.
        await Create(accounts, new NewUser("jtj2", "何丽萍", Role.DepartmentClerk, "交通运输局", Password), cancellationToken);

        // Submissions at each stage; 交通运输局 stays a draft so its clerk can work on it.
        await review.MoveAsync(reserveYear, "住建局", SubmissionStatus.Submitted, null, "李秀兰（住建局）", cancellationToken);
        await review.MoveAsync(reserveYear, "水务局", SubmissionStatus.Submitted, null, "张志强（水务局）", cancellationToken);
        await review.MoveAsync(reserveYear, "水务局", SubmissionStatus.Aggregated, null, "郑海涛（发改委审核员）", cancellationToken);
        await review.MoveAsync(reserveYear, "农业农村局", SubmissionStatus.Submitted, null, "刘玉梅（农业农村局）", cancellationToken);
        await review.MoveAsync(reserveYear, "农业农村局", SubmissionStatus.Returned, "高标准农田项目缺少可研批复文号，请补充后重新提交", "郑海涛（发改委审核员）", cancellationToken);
        await review.MoveAsync(reserveYear, "工信局", SubmissionStatus.Submitted, null, "陈国栋（工信局）", cancellationToken);
    }

    private static async Task Create(IAccounts accounts, NewUser user, CancellationToken cancellationToken)
    {
        if (await accounts.CreateUserAsync(user, "演示数据", cancellationToken) is { } problem)
        {
            throw new InvalidOperationException($"演示账号 {user.Login} 未能创建：{problem}");
        }
    }
}
