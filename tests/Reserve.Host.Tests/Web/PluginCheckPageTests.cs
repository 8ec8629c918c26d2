using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>检查插件包: an administrator uploads a zip and reads its SHA-256, any refusal, and the validation report.</summary>
public sealed partial class PluginCheckPageTests
{
    private static byte[] GoodZip()
    {
        var folder = Path.Combine(HostProcess.RepoRoot, "artifacts", "fixture-plugins", "GoodChannel");
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            {
                archive.CreateEntryFromFile(file, "GoodChannel/" + Path.GetRelativePath(folder, file).Replace('\\', '/'));
            }
        }
        return memory.ToArray();
    }

    private static byte[] TraversalZip()
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(archive.CreateEntry("plugin.json").Open()))
            {
                writer.Write("{}");
            }
            using (var writer = new StreamWriter(archive.CreateEntry("../../outside.txt").Open()))
            {
                writer.Write("x");
            }
        }
        return memory.ToArray();
    }

    private static async Task<string> UploadAsync(WebSession admin, byte[] zip, bool install = false)
    {
        var token = TokenPattern().Match(await admin.PageAsync("/admin/plugins/check"));
        Assert.True(token.Success);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token.Groups[1].Value), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "file", "plugin.zip");
        if (install)
        {
            form.Add(new StringContent("true"), "install");
        }
        var response = await admin.Http.PostAsync("/admin/plugins/check", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return html;
    }

    [Fact]
    public async Task A_good_package_shows_its_hash_passes_and_gets_its_flip_report_and_a_package_with_dot_dot_paths_is_refused()
    {
        await using var site = new ReserveWebFactory();
        using var admin = await site.SignedInAsync("admin");
        var good = GoodZip();

        var passed = await UploadAsync(admin, good);
        var refused = await UploadAsync(admin, TraversalZip());

        Assert.Contains($"<code id=\"plugin-sha256\">{Convert.ToHexStringLower(SHA256.HashData(good))}</code>", passed);
        Assert.Contains("校验通过", passed);
        Assert.Contains("✓ 核对用例", passed);
        // Passed, so it is run over the site's reserve on the site's date; fixture-good serves nowhere yet.
        Assert.Contains("翻转报告：插件 测试渠道 （当前未启用） → 1.2.3，评估日 2026-10-01", passed);
        Assert.Contains("无 → ", passed);
        Assert.Contains("id=\"plugin-flips-xlsx\"", passed);
        Assert.Contains("插件包被拒绝", refused);
        Assert.Contains("条目“../../outside.txt”含有 .. 或 .", refused);
        Assert.DoesNotContain("plugin-report", refused);
    }

    [Fact]
    public async Task With_an_allow_list_a_package_whose_hash_is_not_listed_is_refused_with_the_reason()
    {
        var listed = new string('0', 64);
        await using var site = new ReserveWebFactory(new Dictionary<string, string> { ["Reserve:Plugins:AllowedHashes:0"] = listed });
        using var admin = await site.SignedInAsync("admin");
        var zip = GoodZip();

        var html = await UploadAsync(admin, zip);

        var hash = Convert.ToHexStringLower(SHA256.HashData(zip));
        Assert.Contains($"SHA-256 {hash} 不在允许安装的哈希列表（Reserve:Plugins:AllowedHashes）中", html);
        Assert.Contains("只接受允许列表中的 1 个哈希", html);
        Assert.DoesNotContain("plugin-report", html);
    }

    [Fact]
    public async Task Installing_a_package_that_passes_puts_it_in_the_plugins_folder_where_it_loads_at_once_as_waiting()
    {
        await using var site = new ReserveWebFactory();
        using var admin = await site.SignedInAsync("admin");
        var zip = GoodZip();

        var html = await UploadAsync(admin, zip, install: true);

        Assert.Contains("校验通过", html);
        Assert.Contains("已安装到插件目录 <code>GoodChannel@1.2.3</code>：插件“<strong id=\"plugin-installed-name\">测试渠道</strong>”版本 1.2.3 已加载", html);
        // The IT staff read the plugin's name (its manifest's display name), never its id.
        Assert.DoesNotContain("fixture-good", InstalledSentence().Match(html).Value);
        var listed = (await admin.GetJsonAsync("/api/plugins")).EnumerateArray().Single(p => p.GetProperty("id").GetString() == "fixture-good");
        Assert.Equal(("1.2.3", "待启用", "GoodChannel@1.2.3"), (listed.GetProperty("version").GetString(), listed.GetProperty("status").GetString(), listed.GetProperty("folder").GetString()));
        Assert.DoesNotContain((await admin.GetJsonAsync("/api/channels")).EnumerateArray(), c => c.GetProperty("id").GetString() == "fixture-good");
        var audit = (await admin.GetJsonAsync("/api/plugins/changes")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("action").GetString() + "：" + c.GetProperty("detail").GetString()).ToList();
        Assert.Contains(audit, a => a.StartsWith("安装插件包：", StringComparison.Ordinal) && a.Contains(Convert.ToHexStringLower(SHA256.HashData(zip))));

        var again = await UploadAsync(admin, zip, install: true);
        Assert.Contains("未安装：插件“测试渠道”的版本 1.2.3 已在插件目录中（GoodChannel@1.2.3）", again);
        await admin.PostJsonAsync("/api/plugins/fixture-good/versions/1.2.3/activate", new { }, HttpStatusCode.OK);
        Assert.Contains((await admin.GetJsonAsync("/api/channels")).EnumerateArray(), c => c.GetProperty("id").GetString() == "fixture-good");
    }

    [Fact]
    public async Task A_package_refused_by_the_allow_list_is_not_installed()
    {
        await using var site = new ReserveWebFactory(new Dictionary<string, string> { ["Reserve:Plugins:AllowedHashes:0"] = new string('0', 64) });
        using var admin = await site.SignedInAsync("admin");

        var html = await UploadAsync(admin, GoodZip(), install: true);

        Assert.Contains("不在允许安装的哈希列表", html);
        Assert.DoesNotContain("已安装到插件目录", html);
        Assert.DoesNotContain((await admin.GetJsonAsync("/api/plugins")).EnumerateArray(), p => p.GetProperty("id").GetString() == "fixture-good");
    }

    [GeneratedRegex("<p class=\"flash ok\" id=\"plugin-installed\">.*?</p>", RegexOptions.Singleline)]
    private static partial Regex InstalledSentence();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
