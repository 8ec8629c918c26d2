namespace Reserve.Documents.Tests;

public class RendererTests
{
    [Fact]
    public void Draft_renders_with_placeholders_for_missing_fields()
    {
        var result = Fixture.Renderer().Render(Fixture.Request(complete: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains("【待补充：项目代码】", result.Markdown);
        Assert.Contains("【待补充：计划开工时间】", result.Markdown);
        Assert.Contains("【待补充：建成年份】", result.Markdown);
        Assert.Equal(["项目代码", "计划开工时间", "建成年份"], result.MissingFields);
        Assert.DoesNotContain("{{", result.Markdown);
    }

    [Fact]
    public void Final_refuses_and_lists_every_missing_field()
    {
        var result = Fixture.Renderer().Render(Fixture.Request(complete: false, mode: DocumentMode.Final));
        Assert.False(result.Succeeded);
        Assert.Null(result.Markdown);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("项目代码", problem.Reason);
        Assert.Contains("计划开工时间", problem.Reason);
        Assert.Contains("建成年份", problem.Reason);
        Assert.Equal(3, result.MissingFields.Count);
    }

    [Fact]
    public void Final_with_complete_data_renders_without_markers()
    {
        var result = Fixture.Renderer().Render(Fixture.Request(mode: DocumentMode.Final));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.DoesNotContain("{{", result.Markdown);
        Assert.DoesNotContain("【待补充", result.Markdown);
        Assert.Contains("2025-620200-47-01-000123", result.Markdown);
        Assert.Contains("12,345.67万元", result.Markdown);
        Assert.Contains("壹亿贰仟叁佰肆拾伍万陆仟柒佰元整", result.Markdown);
        Assert.Contains("2026年5月1日", result.Markdown);
        Assert.Contains("嘉发改投资〔2025〕88号", result.Markdown);
        Assert.Contains("中央预算内投资5,000万元", result.Markdown);
        Assert.Contains("20%", result.Markdown);
        Assert.Equal(64, result.Stamp!.TemplateHash.Length);
        Assert.Equal(64, result.Stamp.DataHash.Length);
        Assert.Equal(Fixture.Now, result.Stamp.GeneratedAt);
        Assert.Equal("test-plugin", result.Stamp.PluginId);
    }

    [Theory]
    [InlineData("syntax_error", "syntax_error", 5, "语法错误")]
    [InlineData("unknown_function", "unknown_function", 3, "wanyuan")]
    [InlineData("infinite_loop", "infinite_loop", 2, "循环次数超过上限")]
    [InlineData("huge_output", "huge_output", 2, "输出超过上限")]
    [InlineData("huge_string", "huge_string", 2, "输出超过上限")]
    [InlineData("misspelt", "misspelt", 4, "totalInvestmnet")]
    [InlineData("escape_include", "escape_include", 2, "不允许引用")]
    [InlineData("escape_include2", "escape_include2", 2, "不允许引用")]
    [InlineData("eval", "eval", 2, "eval")]
    [InlineData("recursion", "recursion", 2, "递归")]
    [InlineData("broken_include", "local/parts/bad", 2, "语法错误")]
    public void A_bad_template_fails_with_place_and_reason_and_others_still_render(string file, string template, int line, string reason)
    {
        var renderer = Fixture.Renderer();
        var result = renderer.Render(Fixture.Request(file));
        Assert.False(result.Succeeded);
        Assert.Null(result.Markdown);
        var problem = Assert.Single(result.Problems);
        Assert.True(problem.Template.Contains(template), problem.ToString());
        Assert.Equal(line, problem.Line);
        Assert.True(problem.Column > 0);
        Assert.Contains(reason, problem.Reason);
        Assert.Contains(problem.Reason, problem.Reason.Where(c => c >= '\u4e00' && c <= '\u9fff').Any() ? problem.Reason : "（无中文）");

        var good = renderer.Render(Fixture.Request());
        Assert.True(good.Succeeded, string.Join("\n", good.Problems));
    }

    [Fact]
    public void A_template_path_outside_the_plugin_templates_is_refused()
    {
        var request = Fixture.Request() with { Template = new("x", "x", "../shared/cover.sbn-md") };
        var result = Fixture.Renderer().Render(request);
        Assert.False(result.Succeeded);
        Assert.Contains("templates/", result.Problems[0].Reason);
    }

    [Fact]
    public void Data_cannot_inject_markup()
    {
        var project = Fixture.Project();
        project.Name = "<script>alert(1)</script>**粗**|表";
        var result = Fixture.Renderer().Render(Fixture.Request(project: project));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.DoesNotContain("<script>", result.Markdown);
        var html = HtmlWriter.Write(result.Markdown!, "t", DocumentMode.Draft);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<strong>粗</strong>", html);
    }
}
