using Reserve.Projects.Forms;
using Reserve.Sdk.Facts;
using Xunit;

namespace Reserve.Projects.Tests;

/// <summary>What a channel found missing leads to the form field where it is entered (the project page links there).</summary>
public sealed class FormFieldFinderTests
{
    private static readonly ProjectForm Form = ProjectForm.For([new FactDescriptor("coldChain.storage", "冷库库容", FactType.Number, "吨")]);

    [Theory]
    [InlineData("plannedStart", "计划开工时间")]
    [InlineData("landArea", "用地面积（亩）")]
    [InlineData("preWork.环评批复", "前期工作-环评批复")]
    [InlineData("fundingSources.地方政府专项债券", "资金来源-地方政府专项债券")]
    [InlineData("coldChain.storage", "冷库库容")]
    public void A_missing_fact_names_its_field(string key, string header) =>
        Assert.Equal(header, Form.FieldOfFact(key)?.Header);

    [Fact]
    public void The_funding_plan_as_a_whole_leads_to_its_first_line_and_an_unknown_key_to_nothing()
    {
        Assert.StartsWith("资金来源-", Form.FieldOfFact("fundingSources")?.Header);
        Assert.Null(Form.FieldOfFact("no.such.fact"));
    }

    [Theory]
    [InlineData("前期工作“环评批复”状态为已完成并填写文号", "前期工作-环评批复")]
    [InlineData("前期工作“用地预审与选址意见书”或“建设用地规划许可”状态为已完成并填写文号", "前期工作-用地预审与选址意见书")]
    [InlineData("渠道要素“冷库库容”为是", "冷库库容")]
    public void A_missing_material_leads_to_the_field_its_evidence_names(string evidence, string header) =>
        Assert.Equal(header, Form.FieldNamedIn(evidence)?.Header);

    [Fact]
    public void Evidence_that_names_no_field_leads_nowhere() =>
        Assert.Null(Form.FieldNamedIn("书面承诺函（政府或部门出具）"));
}
