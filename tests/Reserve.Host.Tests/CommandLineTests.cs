using System.Text.Json;
using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Host.Tests;

public sealed class CommandLineTests
{
    private const string BadProjects = """
        [
          { "name": "好项目", "department": "住建局", "unit": "某公司", "scale": "改造", "totalInvestment": 1000 },
          { "name": "坏项目一", "department": "住建局", "unit": "某公司", "scale": "改造", "totalInvestment": "很多",
            "projectType": "审核", "code": "2025-62-48-01-1" },
          { "name": "坏项目二", "department": "住建局", "unit": "某公司", "scale": "改造", "totalInvestment": -5,
            "plannedStart": "2027-03-01", "plannedEnd": "2026-01-01", "unitCreditCode": "91350100M000100Y44" }
        ]
        """;

    [Fact]
    public void Match_reads_a_file_prints_tables_and_writes_every_channels_result()
    {
        using var host = new HostProcess();
        var demo = host.PathOf("demo.json");
        Assert.Equal(0, host.Run("seed", "--count", "40", "--out", demo).Exit);

        var (exit, output, error) = host.Run("match", demo, "--as-of", "2025-09-10", "--out", host.PathOf("results.json"));

        Assert.True(exit == 0, error);
        Assert.Contains("储备编号", output);
        Assert.Contains("地方政府专项债券", output);
        var channels = HostProcess.RealChannels;
        Assert.Contains($"40 个项目 × {channels} 个渠道 = {40 * channels} 次评估", output);
        using var results = JsonDocument.Parse(File.ReadAllText(host.PathOf("results.json")));
        Assert.Equal(40 * channels, results.RootElement.GetArrayLength());
        var first = results.RootElement[0];
        Assert.Equal("2025-09-10", first.GetProperty("asOf").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("pluginVersion").GetString()));
        Assert.Contains(first.GetProperty("verdict").GetString(), new[] { "符合", "不符合", "待补充信息", "待核实", "评估出错" });
        Assert.True(first.GetProperty("rules").GetArrayLength() > 5);
        Assert.DoesNotContain(results.RootElement.EnumerateArray(), r => r.GetProperty("verdict").GetString() == "评估出错");
    }

    [Fact]
    public void Match_refuses_a_bad_file_naming_every_row_column_and_reason()
    {
        using var host = new HostProcess();
        File.WriteAllText(host.PathOf("bad.json"), BadProjects);

        var (exit, _, error) = host.Run("match", host.PathOf("bad.json"), "--out", host.PathOf("bad.results.json"));

        Assert.Equal(2, exit);
        Assert.False(File.Exists(host.PathOf("bad.results.json")));
        Assert.Contains("第2个项目", error);
        Assert.Contains("“审核”", error);
        Assert.Contains("第3个项目", error);
        Assert.Contains("总投资", error);
        Assert.Contains("计划建成时间", error);
        Assert.Contains("统一社会信用代码", error);
        Assert.Contains("项目代码", error);
        Assert.DoesNotContain("第1个项目", error);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Import_of_a_file_with_a_bad_row_stores_nothing_and_a_good_file_is_stored_and_matched(DatabaseProvider provider)
    {
        using var host = await HostProcess.OnAsync(provider);
        File.WriteAllText(host.PathOf("bad.json"), BadProjects);
        Assert.Equal(2, host.Run("import", host.PathOf("bad.json")).Exit);
        Assert.Equal(0, host.Count("reserve_projects"));

        Assert.Equal(0, host.Run("seed", "--count", "25", "--out", host.PathOf("good.xlsx")).Exit);
        var (exit, output, error) = host.Run("import", host.PathOf("good.xlsx"));
        Assert.True(exit == 0, error);
        Assert.Contains("新增 25 个", output);
        Assert.Equal(25, host.Count("reserve_projects"));
        Assert.Equal(25 * HostProcess.RealChannels, host.Count("match_results"));
    }

    /// <summary>An installer's first command creates every module's tables: it says what it did, and nothing that reads as a failure.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_first_command_on_an_empty_database_reports_no_failure(DatabaseProvider provider)
    {
        using var host = await HostProcess.OnAsync(provider);

        var (exit, output, error) = host.Run("seed", "--count", "3");

        Assert.True(exit == 0, error);
        Assert.DoesNotContain("fail:", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed executing", output + error, StringComparison.Ordinal);
        Assert.Equal(3, host.Count("reserve_projects"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Import_with_valid_only_stores_just_the_valid_rows(DatabaseProvider provider)
    {
        using var host = await HostProcess.OnAsync(provider);
        File.WriteAllText(host.PathOf("bad.json"), BadProjects);
        var (exit, output, _) = host.Run("import", host.PathOf("bad.json"), "--valid-only");
        Assert.Equal(0, exit);
        Assert.Contains("新增 1 个", output);
        Assert.Equal(1, host.Count("reserve_projects"));
    }

    [Fact]
    public void Plugins_list_shows_broken_plugins_with_their_fault_and_the_rest_active()
    {
        using var host = new HostProcess(true, "ThrowsOnLoad", "BadManifest", "IncompatibleSdk", "MissingAssembly");

        var (exit, output, error) = host.Run("plugins", "list");

        Assert.Equal(0, exit);
        Assert.Contains("故意抛出的加载异常", output);
        Assert.Contains("不兼容", output);
        Assert.Contains("找不到插件程序集 Missing.dll", output);
        Assert.Contains("清单文件有误", output);
        Assert.Contains($"共 {HostProcess.RealPlugins + 4} 个插件，{HostProcess.RealPlugins} 个已启用，{HostProcess.RealChannels} 个渠道。", output);
        Assert.Contains("ThrowsOnLoad", error);
    }

    [Fact]
    public void Plugins_test_passes_on_the_real_plugins_and_fails_when_a_case_is_wrong()
    {
        using var host = new HostProcess();
        var (exit, output, _) = host.Run("plugins", "test");
        Assert.True(exit == 0, output);
        Assert.Contains($"{HostProcess.RealPlugins}/{HostProcess.RealPlugins} 个插件全部通过", output);

        var cases = Path.Combine(host.PluginsPath, "OldCommunities", "cases", "old-communities.json");
        File.WriteAllText(cases, File.ReadAllText(cases).Replace("\"verdict\": \"符合\"", "\"verdict\": \"不符合\""));
        var (failedExit, failedOutput, _) = host.Run("plugins", "test", Path.Combine(host.PluginsPath, "OldCommunities"));
        Assert.Equal(1, failedExit);
        Assert.Contains("结论应为“不符合”，实际为“符合”", failedOutput);
    }

    [Fact]
    public void A_new_plugin_folder_is_picked_up_at_the_next_start_without_rebuilding()
    {
        using var host = new HostProcess(realPlugins: false);
        Assert.Contains("共 0 个插件", host.Run("plugins", "list").Out);

        var source = Path.Combine(HostProcess.RepoRoot, "artifacts", "plugins", "SpecialBonds");
        var target = Path.Combine(host.PluginsPath, "SpecialBonds");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        Assert.Contains("共 1 个插件，1 个已启用，1 个渠道。", host.Run("plugins", "list").Out);
    }

    [Theory]
    // Nothing listens on port 1, so the database cannot be reached.
    [InlineData("Host=127.0.0.1;Port=1;Username=reserve;Database=reserve;Timeout=5", "请检查连接字符串")]
    [InlineData("Data Source=/proc/无此目录/reserve.db", "数据库文件路径")]
    [InlineData("Host=127.0.0.1;Port=不是端口", "数据库连接字符串无法识别")]
    public async Task A_host_whose_database_setting_is_wrong_stops_with_a_chinese_reason_and_no_stack_trace(string connectionString, string expected)
    {
        using var host = new HostProcess(realPlugins: false);
        using var process = System.Diagnostics.Process.Start(host.StartInfo([], new Dictionary<string, string> { ["ConnectionStrings__Reserve"] = connectionString }))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the host kept running on a database it cannot use");
        }

        var (stdout, stderr) = (await output, await error);
        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("Reserve 未能启动：", stderr);
        Assert.Contains(expected, stderr);
        Assert.DoesNotContain("Unhandled exception", stderr + stdout);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Unknown_commands_and_missing_files_exit_with_usage_errors()
    {
        using var host = new HostProcess();
        Assert.Equal(2, host.Run("plugins", "frobnicate").Exit);
        var (exit, _, error) = host.Run("match", host.PathOf("nope.json"));
        Assert.Equal(2, exit);
        Assert.Contains("找不到文件", error);
        Assert.Equal(2, host.Run("match", host.PathOf("nope.json"), "--as-of", "2025-13-01").Exit);
    }
}
