using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Reserve.Host.Web;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>
/// The Chinese reasons given for requests the framework refuses before our code runs; the ones a real request can
/// reach through the site are covered end to end in Reserve.Web.Tests (ApiBadRequestTests).
/// </summary>
public sealed class ApiRequestErrorsTests
{
    [Fact]
    public void A_body_over_the_size_limit_is_named_as_such_not_as_a_missing_body()
    {
        // Kestrel's words: the reason must not be taken for "no body" because they mention the body.
        var tooLarge = new BadHttpRequestException("Request body too large. The max request body size is 30000000 bytes.", StatusCodes.Status413PayloadTooLarge);

        Assert.Equal("请求内容超过允许的大小，请拆分后重新提交", ApiRequestErrors.Reason(tooLarge));
    }

    [Fact]
    public void A_json_error_names_the_field_and_the_place_and_keeps_our_converters_chinese_reason()
    {
        var framework = new BadHttpRequestException("Failed to read parameter", StatusCodes.Status400BadRequest,
            new JsonException("The JSON value could not be converted.", "$.project.totalInvestment", 0, 41));
        var ours = new BadHttpRequestException("Failed to read parameter", StatusCodes.Status400BadRequest,
            new JsonException("“已经完工了”不是有效的项目阶段", "$.project.stage", 0, 77));

        Assert.Equal("请求内容不是有效的 JSON：字段 $.project.totalInvestment，第1行第42个字节处：无法按要求的格式读取", ApiRequestErrors.Reason(framework));
        Assert.Equal("请求内容不是有效的 JSON：字段 $.project.stage，第1行第78个字节处：“已经完工了”不是有效的项目阶段", ApiRequestErrors.Reason(ours));
    }
}
