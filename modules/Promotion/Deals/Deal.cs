namespace Reserve.Promotion.Deals;

/// <summary>
/// One 招商引资 deal as stored: who invests in what, which department follows it, where it was signed, and its
/// dated history (stage changes, funds arrived, 履约 checks). Amounts are in 万元. The current stage is the last
/// stage change; dates per stage come from <see cref="History"/>, so metrics can be taken as of any date.
/// </summary>
public sealed class Deal
{
    public long Id { get; set; }

    /// <summary>项目名称.</summary>
    public string Name { get; set; } = "";

    /// <summary>投资方: the investing company (a 有限公司 name).</summary>
    public string Investor { get; set; } = "";

    /// <summary>投资方统一社会信用代码, when known.</summary>
    public string? InvestorCreditCode { get; set; }

    /// <summary>所属产业: one of <see cref="Industries.All"/> (甘肃“十大生态产业”, plus 其他).</summary>
    public string Industry { get; set; } = "";

    /// <summary>跟踪部门.</summary>
    public string Department { get; set; } = "";

    /// <summary>跟踪责任人.</summary>
    public string FollowedBy { get; set; } = "";

    /// <summary>签约活动 (a 兰洽会 session …); null for a deal signed outside any event.</summary>
    public long? EventId { get; set; }

    /// <summary>签约(合同)投资额, 万元. Before signing: the intended amount, when known.</summary>
    public decimal ContractInvestment { get; set; }

    /// <summary>招商方式: one of <see cref="PromotionMethods.All"/>, or null when not recorded.</summary>
    public string? Method { get; set; }

    /// <summary>落地园区 (the park the deal lands in), free text.</summary>
    public string? Park { get; set; }

    /// <summary>所属产业链 (新能源装备产业链 …), free text.</summary>
    public string? Chain { get; set; }

    /// <summary>延链/补链/强链: one of <see cref="PromotionMethods.ChainLinks"/>, or null.</summary>
    public string? ChainLink { get; set; }

    /// <summary>6-digit 行政区划代码 of the site.</summary>
    public string? Region { get; set; }

    public string? Address { get; set; }

    /// <summary>建设规模及主要建设内容; the reserve requires it when the deal becomes a project.</summary>
    public string Scale { get; set; } = "";

    /// <summary>The stage after the last change in <see cref="History"/>.</summary>
    public DealStage Stage { get; set; }

    public List<StageChange> History { get; set; } = [];

    public List<FundArrival> Funds { get; set; } = [];

    public List<PerformanceCheck> Checks { get; set; } = [];

    /// <summary>扶持办法 items granted, in the order they were recorded.</summary>
    public List<SupportGrant> Support { get; set; } = [];

    /// <summary>储备编号 of the reserve project this deal became, once converted.</summary>
    public string? ProjectId { get; set; }

    /// <summary>The stage the deal was in at the end of <paramref name="date"/> (null: not yet recorded as a 线索).</summary>
    public DealStage? StageOn(DateOnly date)
    {
        DealStage? stage = null;
        foreach (var change in History)
        {
            if (change.On <= date)
            {
                stage = change.To;
            }
        }
        return stage;
    }

    /// <summary>Whether the deal had reached <paramref name="stage"/> (or a later one) by the end of <paramref name="date"/>.</summary>
    public bool Reached(DealStage stage, DateOnly date) => StageOn(date) is { } s && s >= stage;

    /// <summary>The date the deal last arrived at or beyond <paramref name="stage"/> and stayed there (null if it is not there now).</summary>
    public DateOnly? ReachedOn(DealStage stage)
    {
        DateOnly? since = null;
        foreach (var change in History)
        {
            if (change.To >= stage)
            {
                since ??= change.On;
            }
            else
            {
                since = null;
            }
        }
        return since;
    }

    /// <summary>The date of each stage the deal is at or has passed now (stages it skipped share the date it skipped them on).</summary>
    public IReadOnlyDictionary<DealStage, DateOnly> StageDates()
    {
        var dates = new Dictionary<DealStage, DateOnly>();
        foreach (var stage in Enum.GetValues<DealStage>())
        {
            if (ReachedOn(stage) is { } on)
            {
                dates[stage] = on;
            }
        }
        return dates;
    }

    /// <summary>累计到位资金 up to and including <paramref name="date"/>.</summary>
    public decimal FundsArrivedBy(DateOnly date)
    {
        var sum = 0m;
        foreach (var arrival in Funds)
        {
            if (arrival.On <= date)
            {
                sum += arrival.Amount;
            }
        }
        return sum;
    }

    /// <summary>The latest 履约 check on or before <paramref name="date"/>.</summary>
    public PerformanceCheck? CheckOn(DateOnly date)
    {
        PerformanceCheck? latest = null;
        foreach (var check in Checks)
        {
            if (check.On <= date && (latest is null || check.On >= latest.On))
            {
                latest = check;
            }
        }
        return latest;
    }
}

/// <summary>One move of a deal's stage, effective on a date. Backward moves carry the reason.</summary>
public sealed class StageChange
{
    public DealStage? From { get; set; }
    public DealStage To { get; set; }
    public DateOnly On { get; set; }
    public string? Reason { get; set; }
    public string User { get; set; } = "";
}

/// <summary>到位资金: an amount (万元) that arrived on a date.</summary>
public sealed class FundArrival
{
    public DateOnly On { get; set; }
    public decimal Amount { get; set; }
    public string? Note { get; set; }
}

/// <summary>履约 check: on a date, whether the deal was progressing as the contract says.</summary>
public sealed class PerformanceCheck
{
    public DateOnly On { get; set; }
    public bool OnSchedule { get; set; }
    public string? Note { get; set; }
}
