using Reserve.Channels.Validation;
using Reserve.Channels.Web;
using Xunit;

namespace Reserve.Host.Tests.Plugins;

/// <summary><c>plugins validate FOLDER</c>: each check on a folder broken in exactly the way it should catch.</summary>
public sealed class PluginValidateTests
{
    private static readonly string SharedTemplates = Path.Combine(HostProcess.RepoRoot, "templates", "shared");

    private static ValidationReport Validate(string folder) => PluginValidation.Validator(SharedTemplates).Validate(folder);

    private static CheckOutcome Check(ValidationReport report, string name) => Assert.Single(report.Checks, c => c.Name == name);

    [Fact]
    public void Every_real_plugin_passes_every_check()
    {
        var folders = Directory.GetDirectories(Path.Combine(HostProcess.RepoRoot, "artifacts", "plugins"));
        Assert.NotEmpty(folders);
        foreach (var folder in folders)
        {
            var report = Validate(folder);
            Assert.True(report.Succeeded, report.ToText());
            Assert.Equal(7, report.Checks.Count);
        }
    }

    [Fact]
    public void The_command_prints_a_Chinese_report_and_exits_0_for_a_good_plugin_and_1_for_a_broken_manifest()
    {
        using var host = new HostProcess(realPlugins: false);

        var good = host.Run("plugins", "validate", Path.Combine(HostProcess.RepoRoot, "artifacts", "plugins", "OldCommunities"));
        var bad = host.Run("plugins", "validate", Path.Combine(HostProcess.RepoRoot, "tests", "fixtures", "plugin-folders", "InvalidFields"));

        Assert.True(good.Exit == 0, good.Out + good.Err);
        Assert.Contains("✓ 核对用例", good.Out);
        Assert.Contains("✓ 文书模板", good.Out);
        Assert.Contains("结论：校验通过", good.Out);
        Assert.Equal(1, bad.Exit);
        Assert.Contains("✗ 清单", bad.Out);
        Assert.Contains("version“1.0”不是语义化版本号", bad.Out);
        Assert.Contains("－ 核对用例：未检查", bad.Out);
        Assert.Contains("结论：校验未通过", bad.Out);
    }

    [Fact]
    public void A_golden_case_that_fails_fails_the_plugin_naming_the_case_and_the_difference()
    {
        using var copy = new PluginFolderCopy("fixture-plugins/GoodChannel");
        copy.Edit("cases/fixture-good.json", text => text.Replace(
            "{ \"verdict\": \"符合\", \"rules\": { \"FX-TOTAL\": \"通过\", \"FX-SIZE\": \"通过\", \"FX-STAGE\": \"通过\" }, \"amount\": 240 }",
            "{ \"verdict\": \"不符合\", \"rules\": { \"FX-TOTAL\": \"通过\", \"FX-SIZE\": \"通过\", \"FX-STAGE\": \"通过\" }, \"amount\": 240 }"));

        var report = Validate(copy.Folder);

        Assert.False(report.Succeeded);
        var golden = Check(report, "核对用例");
        Assert.Equal(CheckState.Failed, golden.State);
        var problem = Assert.Single(golden.Problems);
        Assert.Contains("fixture-good.json#1", problem);
        Assert.Contains("结论应为“不符合”，实际为“符合”", problem);
        Assert.Equal(CheckState.Passed, Check(report, PluginValidator.LoadCheck).State);
    }

    [Fact]
    public void The_unchanged_fixture_passes_so_each_failure_below_comes_from_its_one_edit()
    {
        using var copy = new PluginFolderCopy("fixture-plugins/GoodChannel");

        var report = Validate(copy.Folder);

        Assert.True(report.Succeeded, report.ToText());
    }

    [Fact]
    public void Dated_parameters_with_a_gap_or_two_values_on_one_date_are_refused_with_the_dates()
    {
        using var copy = new PluginFolderCopy("fixture-plugins/GoodChannel");
        copy.Edit("parameters.json", text => text.Replace(
            "\"values\": { \"2020-01-01\": 1000, \"2025-01-01\": 5000, \"2030-01-01\": null }",
            "\"values\": { \"2020-01-01\": 1000, \"2022-01-01\": null, \"2024-01-01\": 3000, \"2024-01-01\": 5000 }"));

        var parameters = Check(Validate(copy.Folder), PluginValidator.ParametersCheck);

        Assert.Equal(CheckState.Failed, parameters.State);
        Assert.Contains(parameters.Problems, p => p.Contains("2022-01-01 至 2023-12-31 没有取值（时段中断）"));
        Assert.Contains(parameters.Problems, p => p.Contains("在 2024-01-01 有 2 个取值，时段重叠"));
    }

    [Fact]
    public void A_gap_declared_as_an_interruption_with_its_reason_passes_and_one_without_a_reason_does_not()
    {
        using var copy = new PluginFolderCopy("fixture-plugins/GoodChannel");
        copy.Edit("parameters.json", text => text.Replace(
            "\"values\": { \"2020-01-01\": 1000, \"2025-01-01\": 5000, \"2030-01-01\": null }",
            "\"values\": { \"2020-01-01\": 1000, \"2022-01-01\": null, \"2024-01-01\": 3000 }, \"interruptions\": { \"2022-01-01\": \"两年未设批次\" }"));

        Assert.Equal(CheckState.Passed, Check(Validate(copy.Folder), PluginValidator.ParametersCheck).State);

        copy.Edit("parameters.json", text => text.Replace("\"两年未设批次\"", "\"\""));
        var unexplained = Check(Validate(copy.Folder), PluginValidator.ParametersCheck);
        Assert.Equal(CheckState.Failed, unexplained.State);
        Assert.Contains(unexplained.Problems, p => p.Contains("2022-01-01 至 2023-12-31 没有取值（时段中断）"));
    }

    [Fact]
    public void A_copy_of_the_SDK_inside_the_plugin_folder_is_refused()
    {
        using var copy = new PluginFolderCopy("fixture-plugins/GoodChannel");
        File.Copy(typeof(Reserve.Sdk.Channels.IChannelPlugin).Assembly.Location, copy.PathOf("Reserve.Sdk.dll"));

        var report = Validate(copy.Folder);

        var sdk = Check(report, PluginValidator.SdkCheck);
        Assert.Equal(CheckState.Failed, sdk.State);
        Assert.Contains("不应有 Reserve.Sdk.dll", Assert.Single(sdk.Problems));
        Assert.Equal(CheckState.Skipped, Check(report, PluginValidator.LoadCheck).State);
    }

    [Fact]
    public void A_plugin_whose_code_throws_while_loading_fails_the_isolated_load()
    {
        var report = Validate(Path.Combine(HostProcess.RepoRoot, "artifacts", "fixture-plugins", "ThrowsOnLoad"));

        var load = Check(report, PluginValidator.LoadCheck);
        Assert.Equal(CheckState.Failed, load.State);
        Assert.Contains("插件代码加载失败", Assert.Single(load.Problems));
    }

    [Fact]
    public void A_template_that_does_not_parse_or_reaches_outside_the_sandbox_fails_with_its_line()
    {
        using var copy = new PluginFolderCopy("plugins/OldCommunities");
        copy.Edit("templates/renovation-plan.sbn-md", text => text.Replace("{{ include \"shared/cover\" }}", "{{ include \"../../../etc/passwd\" }}"));

        var templates = Check(Validate(copy.Folder), "文书模板");

        Assert.Equal(CheckState.Failed, templates.State);
        var problem = Assert.Single(templates.Problems);
        Assert.Contains("renovation-plan", problem);
        Assert.Contains("不允许引用", problem);
        Assert.Contains("第6行", problem);
    }
}
