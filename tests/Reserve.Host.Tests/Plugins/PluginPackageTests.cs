using System.IO.Compression;
using System.Security.Cryptography;
using Reserve.Channels.Packages;
using Reserve.Channels.Web;
using Xunit;

namespace Reserve.Host.Tests.Plugins;

/// <summary>A plugin uploaded as a zip: refused before anything is written unless it is safe and, when asked, allowed.</summary>
public sealed class PluginPackageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reserve-package-" + Guid.NewGuid().ToString("N"));

    public PluginPackageTests() => Directory.CreateDirectory(_root);

    private string Target => Path.Combine(_root, "plugins", "Uploaded");

    [Fact]
    public async Task A_zipped_plugin_folder_unpacks_into_a_fresh_folder_that_validates_and_its_hash_is_the_files()
    {
        var zip = ZipOfFolder(Path.Combine(HostProcess.RepoRoot, "artifacts", "fixture-plugins", "GoodChannel"), "GoodChannel/");

        var result = await PluginPackage.UnpackAsync(new MemoryStream(zip), Target, PluginPackageOptions.Default);

        Assert.True(result.Succeeded, string.Join("；", result.Problems));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(zip)), result.Sha256);
        Assert.True(File.Exists(Path.Combine(Target, "plugin.json")), "the single top-level folder is the plugin folder");
        var report = PluginValidation.Validator(Path.Combine(HostProcess.RepoRoot, "templates", "shared")).Validate(Target);
        Assert.True(report.Succeeded, report.ToText());
    }

    [Theory]
    [InlineData("../evil.txt", "含有 ..")]
    [InlineData("GoodChannel/../../evil.txt", "含有 ..")]
    [InlineData("..\\evil.txt", "含有 ..")]
    [InlineData("/tmp/evil.txt", "绝对路径")]
    public async Task An_entry_that_would_land_outside_the_folder_refuses_the_whole_zip_and_writes_nothing(string entry, string reason)
    {
        var zip = Zip(("plugin.json", "{}"), (entry, "x"));

        var result = await PluginPackage.UnpackAsync(new MemoryStream(zip), Target, PluginPackageOptions.Default);

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(reason, problem);
        Assert.Contains(entry, problem);
        Assert.False(Directory.Exists(Target));
        Assert.False(File.Exists(Path.Combine(_root, "plugins", "evil.txt")));
        Assert.False(File.Exists(Path.Combine(_root, "evil.txt")));
        Assert.Equal(64, result.Sha256.Length);
    }

    [Fact]
    public async Task With_an_allow_list_only_a_listed_hash_is_unpacked_and_any_other_is_refused_with_the_reason()
    {
        var zip = Zip(("plugin.json", "{}"), ("cases/a.json", "{}"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(zip));
        var other = new PluginPackageOptions(1 << 20, 1 << 22, 100, PluginPackageOptions.Hashes([new string('a', 64)]));
        var listed = other with { AllowedHashes = PluginPackageOptions.Hashes([" " + hash.ToUpperInvariant() + " "]) };

        var refused = await PluginPackage.UnpackAsync(new MemoryStream(zip), Target, other);
        var accepted = await PluginPackage.UnpackAsync(new MemoryStream(zip), Target, listed);

        Assert.False(refused.Succeeded);
        Assert.Contains($"SHA-256 {hash} 不在允许安装的哈希列表（Reserve:Plugins:AllowedHashes）中", Assert.Single(refused.Problems));
        Assert.True(accepted.Succeeded, string.Join("；", accepted.Problems));
        Assert.True(File.Exists(Path.Combine(Target, "cases", "a.json")));
    }

    [Fact]
    public async Task A_zip_over_the_size_limit_is_refused_with_its_true_size_and_hash()
    {
        var zip = Zip(("plugin.json", "{}"), ("big.bin", new string('x', 50_000)));
        var small = PluginPackageOptions.Default with { MaxZipBytes = 100 };

        var result = await PluginPackage.UnpackAsync(new MemoryStream(zip), Target, small);

        Assert.False(result.Succeeded);
        Assert.Contains("超过大小上限", Assert.Single(result.Problems));
        Assert.Equal(zip.Length, result.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(zip)), result.Sha256);
        Assert.False(Directory.Exists(Target));
    }

    [Fact]
    public async Task A_zip_that_unpacks_to_more_than_allowed_or_has_no_manifest_is_refused()
    {
        var bomb = Zip(("plugin.json", "{}"), ("big.bin", new string('x', 200_000)));
        var noManifest = Zip(("readme.txt", "x"));

        var tooBig = await PluginPackage.UnpackAsync(new MemoryStream(bomb), Target, PluginPackageOptions.Default with { MaxUnpackedBytes = 100_000 });
        var bare = await PluginPackage.UnpackAsync(new MemoryStream(noManifest), Target, PluginPackageOptions.Default);

        Assert.Contains("解压后共", Assert.Single(tooBig.Problems));
        Assert.Contains("没有 plugin.json", Assert.Single(bare.Problems));
        Assert.False(Directory.Exists(Target));
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        return memory.ToArray();
    }

    private static byte[] ZipOfFolder(string folder, string prefix)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            {
                archive.CreateEntryFromFile(file, prefix + Path.GetRelativePath(folder, file).Replace('\\', '/'));
            }
        }
        return memory.ToArray();
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
    }
}
