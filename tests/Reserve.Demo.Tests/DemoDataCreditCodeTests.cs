using Reserve.Demo.Projects;

namespace Reserve.Demo.Tests;

/// <summary>The demo credit codes use the real GB 32100 and GB 11714 check characters.</summary>
public sealed class DemoDataCreditCodeTests
{
    [Theory]
    // Published codes of two well-known companies (小米科技有限责任公司, 阿里巴巴（中国）有限公司).
    [InlineData("91110108551385082Q")]
    [InlineData("91330100716105852F")]
    public void Check_characters_match_published_codes(string code)
    {
        Assert.Equal(code[17], CreditCodes.CheckCharacter(code[..17]));
        Assert.Equal(code[16], CreditCodes.OrganizationCheck(code[8..16]));
    }

    [Fact]
    public void One_unit_always_gets_the_same_code_and_its_legal_form_shows()
    {
        var agency = new UnitInfo("嘉峪关市水务局", UnitKind.Agency);
        var company = new UnitInfo("嘉峪关市水务集团有限公司", UnitKind.StateEnterprise);
        var cooperative = new UnitInfo("嘉峪关市新城镇野麻湾村蔬菜种植农民专业合作社", UnitKind.Cooperative);

        Assert.Equal(CreditCodes.For(agency), CreditCodes.For(agency));
        Assert.StartsWith("11620200", CreditCodes.For(agency));
        Assert.StartsWith("91620200", CreditCodes.For(company));
        Assert.StartsWith("93620200", CreditCodes.For(cooperative));
        Assert.NotEqual(CreditCodes.For(agency), CreditCodes.For(company));
        foreach (var code in new[] { CreditCodes.For(agency), CreditCodes.For(company), CreditCodes.For(cooperative) })
        {
            Assert.Equal(18, code.Length);
            Assert.Equal(code[17], CreditCodes.CheckCharacter(code[..17]));
            Assert.Equal(code[16], CreditCodes.OrganizationCheck(code[8..16]));
        }
    }
}
