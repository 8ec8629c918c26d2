using Reserve.Sdk.Projects;

namespace Reserve.Promotion.Deals;

/// <summary>
/// The lifecycle of a 招商 deal, in order (as 招商 practice tracks a deal:
/// 线索 → 意向(协议) → 签约(合同) → 落地(注册/供地) → 开工 → 投产/建成). The numeric order is the lifecycle order.
/// </summary>
public enum DealStage
{
    [ZhName("线索")] Lead = 0,
    [ZhName("意向")] Intent = 1,
    [ZhName("签约")] Signed = 2,
    [ZhName("落地")] Landed = 3,
    [ZhName("开工")] Started = 4,
    [ZhName("投产")] Producing = 5,
}
