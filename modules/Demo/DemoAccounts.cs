using Microsoft.Extensions.Logging;
using Reserve.Accounts;
using Reserve.Demo.Projects;
using Reserve.Persistence;
using Reserve.Review;

namespace Reserve.Demo;

/// <summary>
/// The accounts and departments of the demo (first start on the embedded default): one clerk per demo
/// department, a reviewer, a city leader and an administrator, and submissions at every stage so that
/// each page has something to show. The password is printed on the login page while demo data is on.
/// </summary>
internal sealed class DemoAccounts(IAccounts accounts, IReview review, ReviewCalendar calendar, TimeProvider clock, DemoSettings settings, ILogger<DemoAccounts> logger)
{
    public const string Password = "Reserve2027";

    private static readonly Dictionary<string, (string Login, string Person)> Clerks = new(StringComparer.Ordinal)
    {
        ["发改委"] = ("fgwxm", "马晓东"), ["交通运输局"] = ("jtj", "王建军"), ["住建局"] = ("zjj", "李秀兰"), ["水务局"] = ("swj", "张志强"),
        ["农业农村局"] = ("nyj", "刘玉梅"), ["工信局"] = ("gxj", "陈国栋"), ["商务局"] = ("swuj", "杨海燕"), ["应急管理局"] = ("yjj", "赵永刚"),
        ["粮食和物资储备局"] = ("lcj", "黄丽娟"), ["卫健委"] = ("wjw", "周文斌"), ["生态环境局"] = ("sthjj", "吴春花"), ["自然资源局"] = ("zrzyj", "徐立新"),
        ["文旅局"] = ("wlj", "孙静怡"), ["教育局"] = ("jyj", "胡明辉"),
    };

    /// <summary>A site with no account yet gets the demo accounts; one instance creates them.</summary>
    internal async Task SeedIfNoneAsync(CancellationToken cancellationToken)
    {
        await using var gate = await DatabaseLock.AcquireAsync(settings.Database, "reserve:seed-accounts", cancellationToken);
        if (await accounts.AnyUserAsync(cancellationToken))
        {
            return;
        }
        await SeedAsync(calendar.ReserveYear(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)), cancellationToken);
        logger.LogInformation("已创建演示账号（密码 {Password}）", Password);
    }

    private async Task SeedAsync(int reserveYear, CancellationToken cancellationToken)
    {
        const string actor = DemoModule.Actor;
        foreach (var (name, fullName) in DemoProjects.Departments)
        {
            await accounts.AddDepartmentAsync(new Department(name, fullName, true), actor, cancellationToken);
        }
        await Create(new NewUser("admin", "系统管理员", Role.Administrator, null, Password), cancellationToken);
        await Create(new NewUser("fgw", "郑海涛", Role.Reviewer, null, Password), cancellationToken);
        await Create(new NewUser("leader", "市领导（演示）", Role.CityLeader, null, Password), cancellationToken);
        foreach (var (department, (login, person)) in Clerks)
        {
            await Create(new NewUser(login, person, Role.DepartmentClerk, department, Password), cancellationToken);
        }
        // A second clerk of one department, to show two people editing the same project.
        await Create(new NewUser("jtj2", "何丽萍", Role.DepartmentClerk, "交通运输局", Password), cancellationToken);

        // Submissions at each stage; 交通运输局 stays a draft so its clerk can work on it.
        await review.MoveAsync(reserveYear, "住建局", SubmissionStatus.Submitted, null, "李秀兰（住建局）", cancellationToken);
        await review.MoveAsync(reserveYear, "水务局", SubmissionStatus.Submitted, null, "张志强（水务局）", cancellationToken);
        await review.MoveAsync(reserveYear, "水务局", SubmissionStatus.Aggregated, null, "郑海涛（发改委审核员）", cancellationToken);
        await review.MoveAsync(reserveYear, "农业农村局", SubmissionStatus.Submitted, null, "刘玉梅（农业农村局）", cancellationToken);
        await review.MoveAsync(reserveYear, "农业农村局", SubmissionStatus.Returned, "高标准农田项目缺少可研批复文号，请补充后重新提交", "郑海涛（发改委审核员）", cancellationToken);
        await review.MoveAsync(reserveYear, "工信局", SubmissionStatus.Submitted, null, "陈国栋（工信局）", cancellationToken);
    }

    private async Task Create(NewUser user, CancellationToken cancellationToken)
    {
        if (await accounts.CreateUserAsync(user, DemoModule.Actor, cancellationToken) is { } problem)
        {
            throw new InvalidOperationException($"演示账号 {user.Login} 未能创建：{problem}");
        }
    }
}
