namespace Reserve.Plugins.SpecialBonds;

/// <summary>
/// The special-bond amount a project plans or asks for: the 地方政府专项债券 line of its funding plan,
/// else its request to this channel. Requested and issued amounts differ in practice (partial issuance is normal), so this is the amount applied for, not the amount issued.
/// </summary>
internal readonly record struct BondAmount(decimal Amount, string Origin)
{
    public static BondAmount? Find(ProjectRecord p)
    {
        var planned = p.PlannedFrom(FundingSourceKind.SpecialBonds);
        if (planned > 0)
        {
            return new BondAmount(planned, "资金来源计划中的地方政府专项债券");
        }
        var requested = 0m;
        foreach (var request in p.Requests)
        {
            if (request.Channel is SpecialBondsPlugin.ChannelId or SpecialBondsPlugin.ChannelName)
            {
                requested += request.Amount;
            }
        }
        return requested > 0 ? new BondAmount(requested, "拟申请本渠道金额") : null;
    }
}
