using System.Globalization;
using System.Security.Claims;
using Reserve.Accounts;
using Reserve.Channels;
using Reserve.Funding;
using Reserve.Projects;

namespace Reserve.Funding.Web;

/// <summary>A ledger line as the page or the API sends it: text fields, amounts in 万元, dates yyyy-MM-dd.</summary>
internal sealed record FundingForm(
    long? Id, int? Year, string? ProjectId, string? Channel, string? Planned, string? AppliedDate, string? AppliedAmount,
    string? GrantBatch, string? GrantDocNumber, string? GrantedAmount, string? GrantedDate, string? ArrivedAmount, string? ArrivedDate, int? Version);

/// <summary>
/// Who may write which ledger lines, for the page, the API and the import alike: a clerk their own
/// department's projects, a reviewer any; a city leader and an administrator only read. The project must be
/// in the reserve (its department is the reserve's) and the channel an enabled one (stored by its name).
/// </summary>
internal sealed class FundingWorkflow(IFundingLedger ledger, IProjectReserve reserve, ChannelCatalog catalog, ProjectAccess access)
{
    public static string? RoleProblem(ClaimsPrincipal user) => user.Role() switch
    {
        Role.DepartmentClerk or Role.Reviewer => null,
        _ => "资金争取台账由部门填报员和发改委审核员填写，当前账号只能查看",
    };

    public async Task<(int Status, FundingOutcome Outcome)> SaveAsync(ClaimsPrincipal user, FundingForm form, CancellationToken cancellationToken)
    {
        if (RoleProblem(user) is { } refused)
        {
            return (StatusCodes.Status403Forbidden, new FundingOutcome(null, [refused]));
        }
        var problems = new List<string>();
        if (form.Id is { } id && user.ScopeDepartment() is { } own && await ledger.FindAsync(id, cancellationToken) is { } existing && existing.Department != own)
        {
            return (StatusCodes.Status403Forbidden, new FundingOutcome(null, [$"台账记录 {id} 属于{existing.Department}，只能修改本部门的台账"]));
        }
        var input = Parse(form, problems);
        var scoped = await ScopeAsync(user, input, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return (StatusCodes.Status400BadRequest, new FundingOutcome(null, problems));
        }
        var outcome = await ledger.SaveAsync(scoped!, user.AuditName(), cancellationToken);
        return (outcome.Succeeded ? StatusCodes.Status200OK
            : outcome.Problems.Any(p => p.Contains("请刷新后重试", StringComparison.Ordinal)) ? StatusCodes.Status409Conflict
            : StatusCodes.Status422UnprocessableEntity, outcome);
    }

    /// <summary>Reads and checks a workbook; stores every row or none. Returns the problems (empty: stored) and the rows read.</summary>
    public async Task<(int Status, IReadOnlyList<string> Problems, int Rows)> ImportAsync(ClaimsPrincipal user, Stream file, CancellationToken cancellationToken)
    {
        if (RoleProblem(user) is { } refused)
        {
            return (StatusCodes.Status403Forbidden, [refused], 0);
        }
        var sheet = FundingWorkbook.Read(file);
        var problems = new List<string>(sheet.Problems);
        var rows = new List<(int, FundingInput)>();
        foreach (var (row, input) in sheet.Rows)
        {
            var own = new List<string>();
            var scoped = await ScopeAsync(user, input, own, cancellationToken);
            problems.AddRange(own.Select(p => $"第{row}行：{p}"));
            if (scoped is not null)
            {
                rows.Add((row, scoped));
            }
        }
        if (problems.Count > 0)
        {
            return (StatusCodes.Status400BadRequest, problems, sheet.Rows.Count);
        }
        var stored = await ledger.ImportAsync(rows, user.AuditName(), cancellationToken);
        return (stored.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity, stored, rows.Count);
    }

    /// <summary>The department a reader's lists and summaries are limited to (a clerk's own), or null for all.</summary>
    public static string? Scope(ClaimsPrincipal user) => user.ScopeDepartment();

    private async Task<FundingInput?> ScopeAsync(ClaimsPrincipal user, FundingInput input, List<string> problems, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.ProjectId))
        {
            return null;
        }
        var project = await reserve.FindAsync(input.ProjectId.Trim(), cancellationToken);
        if (project is null)
        {
            problems.Add($"项目编号：储备库中没有编号为 {input.ProjectId.Trim()} 的项目");
            return null;
        }
        var department = project.Record.Department;
        if (user.ScopeDepartment() is { } own && own != department)
        {
            problems.Add($"项目编号：{input.ProjectId.Trim()} 属于{department}，只能填写本部门项目的台账");
            return null;
        }
        var channel = catalog.Find(input.Channel.Trim())?.Definition.Name
                      ?? catalog.Channels.FirstOrDefault(c => c.Definition.Name == input.Channel.Trim())?.Definition.Name;
        if (channel is null && !string.IsNullOrWhiteSpace(input.Channel))
        {
            problems.Add($"资金渠道：没有名为“{input.Channel.Trim()}”的已启用渠道");
            return null;
        }
        return input with { Department = department, Channel = channel ?? "" };
    }

    private FundingInput Parse(FundingForm f, List<string> problems)
    {
        decimal? Money(string name, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (decimal.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
            {
                return v;
            }
            problems.Add($"{name}：“{text}”不是金额（万元）");
            return null;
        }
        DateOnly? Date(string name, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }
            problems.Add($"{name}：“{text}”不是 yyyy-MM-dd 日期");
            return null;
        }
        var planned = Money("拟申报金额", f.Planned);
        if (string.IsNullOrWhiteSpace(f.Planned))
        {
            problems.Add("拟申报金额：必须填写");
        }
        return new FundingInput(f.Id, f.Year ?? access.ReserveYear, f.ProjectId?.Trim() ?? "", "", f.Channel?.Trim() ?? "", planned ?? 0m,
            Date("申报日期", f.AppliedDate), Money("已申报金额", f.AppliedAmount), f.GrantBatch, f.GrantDocNumber, Money("已下达金额", f.GrantedAmount),
            Date("下达日期", f.GrantedDate), Money("已到位金额", f.ArrivedAmount), Date("到位日期", f.ArrivedDate), f.Version);
    }
}
