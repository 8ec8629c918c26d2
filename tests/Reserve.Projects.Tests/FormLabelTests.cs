using Reserve.Projects.Forms;
using Xunit;

namespace Reserve.Projects.Tests;

/// <summary>A form label names its unit once: 用地面积（亩）, not 用地面积（亩）（亩）; 总投资（万元）.</summary>
public sealed class FormLabelTests
{
    [Fact]
    public void Every_field_of_the_form_names_its_unit_exactly_once()
    {
        var fields = ProjectForm.For([]).Fields;
        Assert.Contains(fields, f => f.Label == "用地面积（亩）");
        foreach (var field in fields.Where(f => f.Unit is not null))
        {
            var unit = "（" + field.Unit + "）";
            Assert.True(field.Label.EndsWith(unit, StringComparison.Ordinal), $"{field.Label} 未注明单位 {unit}");
            Assert.False(field.Label.EndsWith(unit + unit, StringComparison.Ordinal), $"{field.Label} 单位重复");
        }
    }

    [Theory]
    [InlineData("总投资", "万元", "总投资（万元）")]
    [InlineData("用地面积（亩）", "亩", "用地面积（亩）")]
    [InlineData("项目名称", null, "项目名称")]
    public void A_label_adds_the_unit_only_when_the_header_lacks_it(string header, string? unit, string label) =>
        Assert.Equal(label, new FormField(header, FormSection.Money, FormInput.Number, [], false, unit).Label);
}
