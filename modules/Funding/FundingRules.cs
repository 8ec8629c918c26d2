using Reserve.Sdk.Formatting;

namespace Reserve.Funding;

/// <summary>
/// What a ledger line must say before it is stored, each problem in Chinese naming the field: a stage only
/// after the one before it, each stage complete, no amount larger than the previous stage's, a 下达 with its
/// 文号, dates in order and none after today.
/// </summary>
internal static class FundingRules
{
    public static IReadOnlyList<string> Problems(FundingInput f, DateOnly today)
    {
        var p = new List<string>();
        if (string.IsNullOrWhiteSpace(f.ProjectId))
        {
            p.Add("项目编号：必须填写");
        }
        if (string.IsNullOrWhiteSpace(f.Channel))
        {
            p.Add("资金渠道：必须填写");
        }
        if (f.Year is < 2000 or > 2100)
        {
            p.Add($"年度：{f.Year} 不是 2000 到 2100 之间的年份");
        }
        NotNegative(p, "拟申报金额", f.Planned);
        NotNegative(p, "已申报金额", f.AppliedAmount);
        NotNegative(p, "已下达金额", f.GrantedAmount);
        NotNegative(p, "已到位金额", f.ArrivedAmount);

        var applied = f.AppliedAmount is not null || f.AppliedDate is not null;
        var granted = f.GrantedAmount is not null || !string.IsNullOrWhiteSpace(f.GrantDocNumber) || !string.IsNullOrWhiteSpace(f.GrantBatch) || f.GrantedDate is not null;
        var arrived = f.ArrivedAmount is not null || f.ArrivedDate is not null;
        if (applied)
        {
            Both(p, "已申报", f.AppliedDate, "申报日期", f.AppliedAmount, "已申报金额");
            Larger(p, "已申报金额", f.AppliedAmount, "拟申报金额", f.Planned);
        }
        if (granted)
        {
            if (!applied)
            {
                p.Add("已下达：尚未填写已申报的日期和金额，不能先记下达");
            }
            if (string.IsNullOrWhiteSpace(f.GrantDocNumber))
            {
                p.Add("下达文号：已下达的资金必须填写下达文件的文号");
            }
            if (string.IsNullOrWhiteSpace(f.GrantBatch))
            {
                p.Add("下达批次：已下达的资金必须填写批次（如“2027年第一批”）");
            }
            if (f.GrantedAmount is null)
            {
                p.Add("已下达金额：必须填写");
            }
            Larger(p, "已下达金额", f.GrantedAmount, "已申报金额", f.AppliedAmount);
        }
        if (arrived)
        {
            if (!granted)
            {
                p.Add("已到位：尚未填写已下达的批次、文号和金额，不能先记到位");
            }
            Both(p, "已到位", f.ArrivedDate, "到位日期", f.ArrivedAmount, "已到位金额");
            Larger(p, "已到位金额", f.ArrivedAmount, "已下达金额", f.GrantedAmount);
        }
        Order(p, "下达日期", f.GrantedDate, "申报日期", f.AppliedDate);
        Order(p, "到位日期", f.ArrivedDate, "下达日期", f.GrantedDate ?? f.AppliedDate);
        foreach (var (name, date) in new[] { ("申报日期", f.AppliedDate), ("下达日期", f.GrantedDate), ("到位日期", f.ArrivedDate) })
        {
            if (date > today)
            {
                p.Add($"{name}：{date:yyyy-MM-dd} 晚于今天");
            }
        }
        if (f.GrantDocNumber is { Length: > 100 } || f.GrantBatch is { Length: > 100 })
        {
            p.Add("下达批次、文号：不能超过100个字");
        }
        return p;
    }

    private static void NotNegative(List<string> p, string name, decimal? amount)
    {
        if (amount < 0)
        {
            p.Add($"{name}：不能为负数");
        }
    }

    private static void Both(List<string> p, string stage, DateOnly? date, string dateName, decimal? amount, string amountName)
    {
        if (date is null)
        {
            p.Add($"{dateName}：{stage}时必须填写");
        }
        if (amount is null)
        {
            p.Add($"{amountName}：{stage}时必须填写");
        }
    }

    private static void Larger(List<string> p, string name, decimal? amount, string previousName, decimal? previous)
    {
        if (amount is { } a && previous is { } b && a > b)
        {
            p.Add($"{name}：{ZhFormat.Wan(a)} 大于{previousName} {ZhFormat.Wan(b)}");
        }
    }

    private static void Order(List<string> p, string name, DateOnly? later, string earlierName, DateOnly? earlier)
    {
        if (later is { } l && earlier is { } e && l < e)
        {
            p.Add($"{name}：{l:yyyy-MM-dd} 早于{earlierName} {e:yyyy-MM-dd}，日期顺序不对");
        }
    }
}
