using Reserve.Persistence;
using Reserve.Testing;
using Reserve.Promotion.Deals;

namespace Reserve.Promotion.Tests;

/// <summary>招商方式, 落地园区, 产业链 and 延链/补链/强链 on a deal: checked against their fixed lists, stored, edited and audited.</summary>
public sealed class MethodParkChainTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Method_park_and_chain_are_stored_edited_and_audited(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);
        var draft = PromotionFixture.Draft() with { Method = " 以商招商 ", Park = "兰州新区绿色化工园区", Chain = "新能源装备产业链", ChainLink = "延链" };

        var created = await store.Promotion.CreateAsync(draft, DealStage.Lead, new DateOnly(2026, 10, 1), "张三");
        Assert.True(created.Succeeded, string.Join("；", created.Problems));
        var edited = await store.Promotion.UpdateAsync(created.Value!.Deal.Id, draft with { Method = "驻点招商", ChainLink = "强链", Park = "" }, created.Value.Version, "李四");
        Assert.True(edited.Succeeded, string.Join("；", edited.Problems));

        var loaded = (await store.Promotion.FindAsync(created.Value.Deal.Id))!.Deal;
        Assert.Equal(("驻点招商", null, "新能源装备产业链", "强链"), (loaded.Method, loaded.Park, loaded.Chain, loaded.ChainLink));
        var audit = await store.Promotion.DealAuditAsync(loaded.Id);
        Assert.Equal(["创建", "修改"], audit.Select(a => a.Action));
        Assert.Contains("以商招商", audit[1].Before);
        Assert.Contains("驻点招商", audit[1].After);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_method_or_chain_link_off_the_list_is_named_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var store = await PromotionFixture.CreateAsync(provider);

        var outcome = await store.Promotion.CreateAsync(PromotionFixture.Draft() with { Method = "上门招商", ChainLink = "接链", Park = new string('园', 201) }, DealStage.Lead, new DateOnly(2026, 10, 1), "张三");

        Assert.False(outcome.Succeeded);
        Assert.Contains("招商方式：“上门招商”不是可选的招商方式，应为以下之一：以商招商、节会招商、委托招商、地企联合招商、网络招商、驻点招商、产业链招商、其他", outcome.Problems.Select(p => p.ToString()));
        Assert.Contains("产业链环节：“接链”应为以下之一：延链、补链、强链", outcome.Problems.Select(p => p.ToString()));
        Assert.Contains("落地园区：超过200个字", outcome.Problems.Select(p => p.ToString()));
        Assert.Empty(await store.Promotion.ListAsync(new DealQuery()));
    }
}
