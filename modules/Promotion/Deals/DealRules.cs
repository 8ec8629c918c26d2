using System.Globalization;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Promotion.Deals;

/// <summary>
/// The checks on a deal and on each dated operation, every problem said in Chinese with the value found.
/// Field names are the labels of the deal form.
/// </summary>
internal static class DealRules
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 200;
    public const int ScaleMaxLength = 2000;
    public const int EventPlaceMaxLength = 100;

    /// <summary>One message for both the deal form and a move, so that a form doing both reports it once.</summary>
    private const string ContractAmountRequired = "签约及以后阶段的项目必须填写大于0的合同投资额（万元）";

    public static List<Problem> Check(Deal deal, bool eventExists)
    {
        var problems = new List<Problem>();
        var nameLength = deal.Name.EnumerateRunes().Count();
        if (nameLength == 0)
        {
            problems.Add(new("项目名称", "必填，不能为空"));
        }
        else if (nameLength is < NameMinLength or > NameMaxLength)
        {
            problems.Add(new("项目名称", $"“{deal.Name}”共{nameLength}个字，应为{NameMinLength}–{NameMaxLength}个字"));
        }
        RequiredText(problems, "投资方", deal.Investor);
        RequiredText(problems, "跟踪部门", deal.Department);
        RequiredText(problems, "跟踪责任人", deal.FollowedBy);
        if (!Industries.IsKnown(deal.Industry))
        {
            problems.Add(new("所属产业", string.IsNullOrEmpty(deal.Industry)
                ? $"必填，应为以下之一：{string.Join("、", Industries.All)}"
                : $"“{deal.Industry}”不是可选的产业，应为以下之一：{string.Join("、", Industries.All)}"));
        }
        if (deal.InvestorCreditCode is { } code && (code.Length != 18 || !code.All(char.IsAsciiLetterOrDigit)))
        {
            problems.Add(new("投资方统一社会信用代码", $"“{code}”应为18位数字或大写字母"));
        }
        if (deal.ContractInvestment < 0)
        {
            problems.Add(new("签约投资额", $"“{Number(deal.ContractInvestment)}”不能为负数"));
        }
        else if (deal.ContractInvestment == 0 && deal.Stage >= DealStage.Signed)
        {
            problems.Add(new("签约投资额", ContractAmountRequired));
        }
        if (deal.Region is { } region && !(region.Length == 6 && region.All(char.IsAsciiDigit)))
        {
            problems.Add(new("行政区划代码", $"“{region}”不是6位数字的行政区划代码"));
        }
        if (deal.Scale.EnumerateRunes().Count() > ScaleMaxLength)
        {
            problems.Add(new("建设内容", $"超过{ScaleMaxLength}个字"));
        }
        if (deal.Method is { } method && !PromotionMethods.All.Contains(method))
        {
            problems.Add(new("招商方式", $"“{method}”不是可选的招商方式，应为以下之一：{string.Join("、", PromotionMethods.All)}"));
        }
        if (deal.ChainLink is { } link && !PromotionMethods.ChainLinks.Contains(link))
        {
            problems.Add(new("产业链环节", $"“{link}”应为以下之一：{string.Join("、", PromotionMethods.ChainLinks)}"));
        }
        if (deal.Park is { } park && park.EnumerateRunes().Count() > TextMaxLength)
        {
            problems.Add(new("落地园区", $"超过{TextMaxLength}个字"));
        }
        if (deal.Chain is { } chain && chain.EnumerateRunes().Count() > TextMaxLength)
        {
            problems.Add(new("产业链", $"超过{TextMaxLength}个字"));
        }
        if (deal.EventId is { } id && !eventExists)
        {
            problems.Add(new("签约活动", $"没有编号为 {id} 的招商活动"));
        }
        return problems;
    }

    /// <summary>
    /// A move to <paramref name="to"/> effective on <paramref name="on"/>. Forward moves may skip stages (a deal
    /// signed at a 兰洽会 straight from a 线索); a backward move needs its reason. Dates never go back before the
    /// previous change and never beyond today.
    /// </summary>
    public static List<Problem> CheckMove(Deal deal, DealStage to, DateOnly on, string? reason, DateOnly today)
    {
        var problems = new List<Problem>();
        var last = deal.History.Count > 0 ? deal.History[^1] : null;
        if (last is not null && to == deal.Stage)
        {
            problems.Add(new("阶段", $"项目已处于“{ZhNames<DealStage>.Of(to)}”阶段"));
        }
        if (last is not null && to < deal.Stage && string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new("退回原因", $"从“{ZhNames<DealStage>.Of(deal.Stage)}”退回到“{ZhNames<DealStage>.Of(to)}”必须说明原因"));
        }
        if (last is not null && on < last.On)
        {
            problems.Add(new("日期", $"{ZhFormat.Date(on)}早于上一次阶段变更日期{ZhFormat.Date(last.On)}"));
        }
        if (on > today)
        {
            problems.Add(new("日期", $"{ZhFormat.Date(on)}晚于今天（{ZhFormat.Date(today)}），不能预先登记"));
        }
        if (to >= DealStage.Signed && deal.ContractInvestment <= 0)
        {
            problems.Add(new("签约投资额", ContractAmountRequired));
        }
        return problems;
    }

    /// <summary>Funds arrive only for a signed deal, on or after its signing date, never in the future.</summary>
    public static List<Problem> CheckFunds(Deal deal, FundArrival arrival, DateOnly today)
    {
        var problems = new List<Problem>();
        if (arrival.Amount <= 0)
        {
            problems.Add(new("到位金额", $"“{Number(arrival.Amount)}”应为大于0的金额（万元）"));
        }
        if (deal.ReachedOn(DealStage.Signed) is not { } signed)
        {
            problems.Add(new("到位日期", $"项目处于“{ZhNames<DealStage>.Of(deal.Stage)}”阶段，签约后才能登记到位资金"));
        }
        else if (arrival.On < signed)
        {
            problems.Add(new("到位日期", $"{ZhFormat.Date(arrival.On)}早于签约日期{ZhFormat.Date(signed)}"));
        }
        if (arrival.On > today)
        {
            problems.Add(new("到位日期", $"{ZhFormat.Date(arrival.On)}晚于今天（{ZhFormat.Date(today)}），资金到位后再登记"));
        }
        return problems;
    }

    /// <summary>A 履约 check is about a signed deal, dated on or after the signing, not in the future.</summary>
    public static List<Problem> CheckPerformance(Deal deal, PerformanceCheck check, DateOnly today)
    {
        var problems = new List<Problem>();
        if (deal.ReachedOn(DealStage.Signed) is not { } signed)
        {
            problems.Add(new("核查日期", $"项目处于“{ZhNames<DealStage>.Of(deal.Stage)}”阶段，签约后才能核查履约情况"));
        }
        else if (check.On < signed)
        {
            problems.Add(new("核查日期", $"{ZhFormat.Date(check.On)}早于签约日期{ZhFormat.Date(signed)}"));
        }
        if (check.On > today)
        {
            problems.Add(new("核查日期", $"{ZhFormat.Date(check.On)}晚于今天（{ZhFormat.Date(today)}）"));
        }
        return problems;
    }

    /// <summary>扶持办法 are granted under a signed contract: on or after the signing, not in the future, each naming its policy.</summary>
    public static List<Problem> CheckSupport(Deal deal, SupportGrant grant, DateOnly today)
    {
        var problems = new List<Problem>();
        RequiredText(problems, "扶持事项", grant.Item, NameMaxLength);
        RequiredText(problems, "政策依据", grant.Basis);
        if (grant.Amount is { } amount && amount <= 0)
        {
            problems.Add(new("扶持金额", $"“{Number(amount)}”应为大于0的金额（万元），非资金类扶持请留空"));
        }
        if (grant.GrantedOn == default)
        {
            problems.Add(new("兑现日期", "必填"));
        }
        else if (deal.ReachedOn(DealStage.Signed) is not { } signed)
        {
            problems.Add(new("兑现日期", $"项目处于“{ZhNames<DealStage>.Of(deal.Stage)}”阶段，签约后才能登记扶持办法"));
        }
        else if (grant.GrantedOn < signed)
        {
            problems.Add(new("兑现日期", $"{ZhFormat.Date(grant.GrantedOn)}早于签约日期{ZhFormat.Date(signed)}"));
        }
        if (grant.GrantedOn > today)
        {
            problems.Add(new("兑现日期", $"{ZhFormat.Date(grant.GrantedOn)}晚于今天（{ZhFormat.Date(today)}），兑现后再登记"));
        }
        if (grant.Note is { } note && note.EnumerateRunes().Count() > TextMaxLength)
        {
            problems.Add(new("说明", $"超过{TextMaxLength}个字"));
        }
        return problems;
    }

    public static List<Problem> CheckEvent(PromotionEvent promotionEvent, bool nameTaken)
    {
        var problems = new List<Problem>();
        var length = promotionEvent.Name.EnumerateRunes().Count();
        if (length == 0)
        {
            problems.Add(new("活动名称", "必填，不能为空"));
        }
        else if (length > NameMaxLength)
        {
            problems.Add(new("活动名称", $"共{length}个字，超过{NameMaxLength}个字"));
        }
        else if (nameTaken)
        {
            problems.Add(new("活动名称", $"“{promotionEvent.Name}”已存在"));
        }
        if (promotionEvent.HeldOn == default)
        {
            problems.Add(new("举办日期", "必填"));
        }
        if (promotionEvent.Kind is { } kind && !EventKinds.All.Contains(kind))
        {
            problems.Add(new("活动类型", $"“{kind}”应为以下之一：{string.Join("、", EventKinds.All)}"));
        }
        if (promotionEvent.Place is { } place && place.EnumerateRunes().Count() > EventPlaceMaxLength)
        {
            problems.Add(new("举办地点", $"超过{EventPlaceMaxLength}个字"));
        }
        return problems;
    }

    private static void RequiredText(List<Problem> problems, string field, string text, int maxLength = TextMaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, "必填，不能为空"));
        }
        else if (text.EnumerateRunes().Count() > maxLength)
        {
            problems.Add(new(field, $"超过{maxLength}个字"));
        }
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
