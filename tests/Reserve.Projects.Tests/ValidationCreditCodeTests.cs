using Reserve.Projects.Validation;
using Reserve.Sdk.Projects;
using static Reserve.Projects.Tests.InterchangeFixtures;

namespace Reserve.Projects.Tests;

/// <summary>统一社会信用代码, GB 32100-2015.</summary>
public sealed class ValidationCreditCodeTests
{
    [Fact]
    public void A_known_valid_code_is_accepted()
    {
        Assert.True(UnifiedCreditCode.IsValid(ValidCreditCode));
        Assert.Equal('3', UnifiedCreditCode.ExpectedCheckCharacter(ValidCreditCode));
    }

    [Theory]
    [InlineData("91350100M000100Y44")] // check character changed
    [InlineData("91350100M000101Y43")] // a body character changed
    [InlineData("81350100M000100Y43")] // the first character changed
    [InlineData("91350100M000100Y4")] // one short
    [InlineData("91350100M000100I43")] // I is not in the charset
    [InlineData("91350100m000100Y43")] // lower case is not in the charset
    public void A_one_character_change_is_rejected(string code)
    {
        Assert.False(UnifiedCreditCode.IsValid(code));
    }

    [Fact]
    public void The_check_character_follows_the_weights_of_the_standard()
    {
        // 17 zeros sum to 0, and 31 - 0 = 31 maps to 0; a 1 in the first place weighs 1, so 31 - 1 = 30 → Y.
        Assert.Equal('0', UnifiedCreditCode.ExpectedCheckCharacter("00000000000000000"));
        Assert.Equal('Y', UnifiedCreditCode.ExpectedCheckCharacter("10000000000000000"));
        // In the last place the weight is 28: 31 - 28 = 3.
        Assert.Equal('3', UnifiedCreditCode.ExpectedCheckCharacter("00000000000000001"));
    }

    [Theory]
    [InlineData("91350100M000100Y44", "统一社会信用代码“91350100M000100Y44”校验位错误，按前17位应为“3”")]
    [InlineData("9135010", "统一社会信用代码“9135010”共7位，应为18位")]
    [InlineData("91350100M000100O43", "统一社会信用代码“91350100M000100O43”含有不允许的字符“O”（只用数字和除 I、O、S、V、Z 以外的大写字母）")]
    public void The_validator_says_what_is_wrong_with_the_code(string code, string message)
    {
        var record = FullRecord();
        record.UnitCreditCode = code;

        var problem = Assert.Single(ProjectValidator.Validate(record, 2, SampleFacts));

        Assert.Equal(new ImportProblem(2, "统一社会信用代码(unitCreditCode)", message), problem);
    }

    [Fact]
    public void The_project_code_shape_is_checked()
    {
        var record = FullRecord();
        record.Code = "2017-450114-48-01-90035";

        var problem = Assert.Single(ProjectValidator.Validate(record, 1, SampleFacts));

        Assert.Equal("项目代码(code)", problem.Column);
        Assert.StartsWith("“2017-450114-48-01-90035”不符合项目代码格式，应为", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_code_may_be_absent_while_the_project_is_planned()
    {
        var record = FullRecord();
        record.Code = null;
        record.Stage = ProjectStage.Planning;

        Assert.Empty(ProjectValidator.Validate(record, 1, SampleFacts));
    }
}
