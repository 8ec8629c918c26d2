using System.Diagnostics;
using System.Text;
using Reserve.Channels.Web;
using Xunit;

namespace Reserve.Host.Tests.Plugins;

/// <summary>
/// The <c>reserve-plugin</c> template as an IT engineer uses it: installed from the repository folder into a
/// private template hive (nothing global changes), instantiated under a <c>plugins/</c> folder that takes the
/// repository's plugin build files, built offline (it restores no package), and validated.
/// </summary>
public sealed class PluginTemplateTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reserve-template-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_template_makes_a_plugin_that_builds_into_its_own_folder_and_passes_validation()
    {
        var hive = Path.Combine(_root, "hive");
        var plugins = Path.Combine(_root, "work", "plugins");
        var artifacts = Path.Combine(_root, "artifacts") + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(plugins);
        var repoPlugins = Path.Combine(HostProcess.RepoRoot, "plugins");
        // The same two files the fixture plugins use: the repository's plugin build, laid out somewhere private.
        File.WriteAllText(Path.Combine(plugins, "Directory.Build.props"), $"""
            <Project>
              <Import Project="{Path.Combine(repoPlugins, "Directory.Build.props")}" />
              <PropertyGroup><PluginArtifactsDir>{artifacts}</PluginArtifactsDir></PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(plugins, "Directory.Build.targets"), $"""
            <Project><Import Project="{Path.Combine(repoPlugins, "Directory.Build.targets")}" /></Project>
            """);

        Dotnet(_root, "new", "install", Path.Combine(HostProcess.RepoRoot, "templates", "reserve-plugin"), "--debug:custom-hive", hive);
        Dotnet(_root, "new", "reserve-plugin", "-n", "WaterPipes", "--pluginId", "water-pipes", "--displayName", "城市供水管网改造",
            "-o", Path.Combine(plugins, "WaterPipes"), "--debug:custom-hive", hive);
        Dotnet(Path.Combine(plugins, "WaterPipes"), "build", "-c", "Release", "-nologo", "-v", "quiet");

        var folder = Path.Combine(artifacts, "WaterPipes");
        Assert.True(File.Exists(Path.Combine(folder, "Reserve.Plugins.WaterPipes.dll")));
        Assert.True(File.Exists(Path.Combine(folder, "cases", "water-pipes.json")));
        Assert.True(File.Exists(Path.Combine(folder, "templates", "application-summary.sbn-md")));
        Assert.False(File.Exists(Path.Combine(folder, "Reserve.Sdk.dll")), "the SDK must not be copied into a plugin folder");

        var report = PluginValidation.Validator(Path.Combine(HostProcess.RepoRoot, "templates", "shared")).Validate(folder, out var plugin);

        Assert.True(report.Succeeded, report.ToText());
        Assert.Equal("water-pipes", report.PluginId);
        var channel = Assert.Single(plugin!.Channels);
        Assert.Equal("water-pipes", channel.Id);
        Assert.Equal("城市供水管网改造", channel.Name);
        var rule = Assert.Single(channel.Rules);
        Assert.Equal(Reserve.Sdk.Rules.Confidence.Sourced, rule.Source.Confidence);
        Assert.StartsWith("https://", rule.Source.Url);
        var cases = Reserve.Matching.Golden.GoldenCaseRunner.Run(plugin);
        Assert.Equal(["不符合", "待补充信息", "符合"], cases.Cases.Select(c => c.Name[(c.Name.IndexOf('：') + 1)..]).Order(StringComparer.Ordinal));
    }

    private static void Dotnet(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        // Only packages already in the local cache: the template's project restores none of its own.
        info.Environment["NuGetAudit"] = "false";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(' ', args));
        }
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} → {process.ExitCode}\n{output.Result}\n{error.Result}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
