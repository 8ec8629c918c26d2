using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Reserve.Web.Tests.Site;
using Xunit;
using Xunit.Abstractions;

namespace Reserve.Web.Tests.Browser;

/// <summary>
/// A department clerk's daily path through a project's page (issue 21): explanations in plain Chinese they can act on,
/// a layout that holds on a desk and on a phone, missing facts that lead to their field, the reason a project cannot be
/// changed, and 撤回 / 恢复.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class ClerkProjectPageTests(ReserveSite site, BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly ViewportSize Desk = new() { Width = 1440, Height = 900 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    // Internal file names and working notes a clerk must never read.
    [GeneratedRegex(@"[\w-]+\.(?:md|json|cs|dll|sbn(?:-md)?)\b|domain-channels|project-record|maintainer")]
    private static partial Regex InternalNames();

    // A Latin word other than the file formats a clerk meets (DOCX, XLSX, PDF), API, and the GB/T standard prefix.
    [GeneratedRegex(@"(?<![A-Za-z])(?!(?:DOCX|XLSX|PDF|API|GB|T)(?![A-Za-z]))[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"\[(?:S|CK|NF)\b[^\]]*\]")]
    private static partial Regex ConfidenceTag();

    private async Task<string> DemoProjectAsync()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Clerk);
        return (await api.ProjectIdsAsync(null, 1))[0];
    }

    [Fact]
    public async Task A_demo_project_page_reads_as_plain_chinese_for_a_clerk()
    {
        var id = await DemoProjectAsync();
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk);
        await clerk.GotoAsync($"/projects/{id}");
        await ProjectPage.WaitForVerdictsAsync(clerk.Page, 10, TimeSpan.FromSeconds(120));
        await PageLayout.OpenEverythingAsync(clerk.Page);
        var text = await clerk.Page.Locator("main").InnerTextAsync();

        Assert.True(text.Length > 2000, $"the page says too little ({text.Length} characters)");
        Assert.Empty(InternalNames().Matches(text).Select(m => m.Value).Distinct());
        Assert.Empty(EnglishWord().Matches(text).Select(m => m.Value).Distinct());
        Assert.Empty(ConfidenceTag().Matches(text).Select(m => m.Value).Distinct());
        // Confidence is a plain word with its meaning on hover.
        var words = await clerk.Page.Locator(".badge.confidence").AllInnerTextsAsync();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.Contains(w.Trim(), new[] { "有出处", "通行做法", "待核实" }));
        Assert.All(await clerk.Page.Locator(".badge.confidence").EvaluateAllAsync<string[]>("els => els.map(e => e.title)"), t => Assert.True(t.Length > 10));
        // Links in 政策依据 go only to the issuing authorities' own sites.
        var links = await clerk.Page.Locator("table.rules a[href]").EvaluateAllAsync<string[]>("els => els.map(e => e.href)");
        Assert.All(links, href => Assert.Matches(@"^https?://([a-z0-9-]+\.)*(gov\.cn)/", href));
        // Every channel's score explains itself on hover.
        Assert.All(await clerk.Page.Locator(".score").EvaluateAllAsync<string[]>("els => els.map(e => e.title)"),
            t => Assert.True(t.Contains("硬性条件", StringComparison.Ordinal) || t.EndsWith("不计分", StringComparison.Ordinal), t));
    }

    [Fact]
    public async Task Channels_are_ranked_by_answer_first_and_ended_ones_last_and_greyed_without_documents()
    {
        var id = await DemoProjectAsync();
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk);
        await clerk.GotoAsync($"/projects/{id}");
        await ProjectPage.WaitForVerdictsAsync(clerk.Page, 10, TimeSpan.FromSeconds(120));
        var cards = ProjectPage.ChannelCards(clerk.Page);
        var ended = await cards.EvaluateAllAsync<bool[]>("els => els.map(e => e.classList.contains('ended'))");
        Assert.Contains(true, ended);
        Assert.Equal(ended.OrderBy(e => e).ToArray(), ended);
        var current = (await cards.Locator("summary .verdict").AllInnerTextsAsync()).Take(ended.Count(e => !e)).Select(v => Array.IndexOf(ProjectPage.VerdictOrder, v.Trim())).ToList();
        Assert.Equal(current.Order().ToList(), current);
        Assert.Equal(await cards.CountAsync(), await cards.Locator(".score").CountAsync());
        Assert.Equal("rgb(243, 244, 246)", await clerk.Page.Locator("details.match.ended").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        // No document for a channel that has ended or that the project does not fit.
        Assert.Equal(0, await clerk.Page.Locator("details.match.ended a.doc-download").CountAsync());
        var ineligible = cards.Filter(new() { Has = clerk.Page.Locator("summary .v-Ineligible") });
        Assert.Equal(0, await ineligible.Locator("a.doc-download").CountAsync());
    }

    [Theory]
    [InlineData("/", 1440)]
    [InlineData("/", 390)]
    [InlineData("/projects/{id}", 1440)]
    [InlineData("/projects/{id}", 390)]
    [InlineData("/dispatch", 1440)]
    [InlineData("/dispatch", 390)]
    public async Task Nothing_is_wider_than_the_window_with_every_part_open(string path, int width)
    {
        var id = await DemoProjectAsync();
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk, width == 390 ? Phone : Desk);
        await clerk.GotoAsync(path.Replace("{id}", id, StringComparison.Ordinal));
        if (path.Contains("{id}", StringComparison.Ordinal))
        {
            await ProjectPage.WaitForVerdictsAsync(clerk.Page, 10, TimeSpan.FromSeconds(120));
        }
        await clerk.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await PageLayout.OpenEverythingAsync(clerk.Page);
        var (scroll, inside) = await PageLayout.WidthAsync(clerk.Page);
        Assert.True(scroll <= inside, $"{path} 在 {width} 像素宽时宽 {scroll} 像素（可见 {inside}）；超出的元素：{string.Join("，", await PageLayout.SticksOutAsync(clerk.Page))}");
        Assert.Empty(await PageLayout.SticksOutAsync(clerk.Page));
        if (!path.Contains("{id}", StringComparison.Ordinal))
        {
            return;
        }
        // Every rule's 结论 and 理由 is on screen, readable, and no row stretches into a column of single characters.
        var cells = await clerk.Page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('table.rules tbody tr')].map(tr => {
                const o = tr.querySelector('td.r-outcome').getBoundingClientRect(), r = tr.querySelector('td.r-reason').getBoundingClientRect();
                return [o.width, o.right, r.width, r.right, tr.getBoundingClientRect().height];
            })
            """);
        Assert.NotEmpty(cells);
        var least = width == 390 ? 300 : 500;
        Assert.All(cells, c =>
        {
            Assert.True(c[0] > 40 && c[1] <= inside, $"结论列宽 {c[0]}，右缘 {c[1]}");
            Assert.True(c[2] >= least && c[3] <= inside, $"理由列只有 {c[2]} 像素宽（右缘 {c[3]}）");
            Assert.True(c[4] < 500, $"一条规则占 {c[4]} 像素高");
        });
        var height = await clerk.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        output.WriteLine($"{path} {width} px: every channel open, {cells.Length} rule rows, page {height} px tall");
        // A rule takes a few lines on a desk; on a phone its reason and source stack under its outcome.
        Assert.True(height < cells.Length * (width == 390 ? 400 : 160) + 20_000, $"every channel open, the page is {height} px tall for {cells.Length} rules");
    }

    [Fact]
    public async Task On_a_phone_each_channel_folds_to_its_answer_and_reason_and_opens_on_a_tap()
    {
        var id = await DemoProjectAsync();
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk, Phone);
        var page = clerk.Page;
        await clerk.GotoAsync($"/projects/{id}");
        await ProjectPage.WaitForVerdictsAsync(page, 10, TimeSpan.FromSeconds(120));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var cards = ProjectPage.ChannelCards(page);
        var count = await cards.CountAsync();
        var folded = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        // The page as it loaded before channels folded on a phone (the 符合 channels that have not ended open, no reason
        // line), measured for comparison; then every channel open with its long sources still folded; then every part open.
        await page.EvaluateAsync("() => document.querySelectorAll('.verdict-reason').forEach(e => e.hidden = true)");
        await page.EvaluateAsync("() => document.querySelectorAll('details.match').forEach(d => d.open = !d.classList.contains('ended') && d.querySelector('summary .verdict').innerText.trim() === '符合')");
        var before = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.EvaluateAsync("() => document.querySelectorAll('.verdict-reason').forEach(e => e.hidden = false)");
        await page.EvaluateAsync("() => document.querySelectorAll('details.match').forEach(d => d.open = true)");
        var channelsOpen = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await PageLayout.OpenEverythingAsync(page);
        var everything = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        output.WriteLine($"/projects/{id} at 390 px, {count} channels: as loaded {folded} px (before folding: {before} px); every channel open {channelsOpen} px; every part open {everything} px");

        await page.ReloadAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(0, await page.Locator("details.match[open]").CountAsync());
        // Each folded channel still says its name, its answer and why, in one sentence, within the screen's width.
        var summaries = await cards.Locator(":scope > summary").EvaluateAllAsync<string[][]>("""
            els => els.map(s => [s.querySelector('strong').innerText, s.querySelector('.verdict').innerText, s.querySelector('.verdict-reason')?.innerText ?? '',
                                 String(Math.round(s.getBoundingClientRect().right)), String(Math.round(s.getBoundingClientRect().height))])
            """);
        Assert.Equal(count, summaries.Length);
        Assert.All(summaries, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s[0]) || string.IsNullOrWhiteSpace(s[1]), string.Join(" | ", s));
            Assert.True(s[2].Trim().EndsWith('。') && s[2].Trim().Length > 6, $"{s[0]} 的理由“{s[2]}”");
            Assert.True(int.Parse(s[3], System.Globalization.CultureInfo.InvariantCulture) <= Phone.Width, $"{s[0]} 的摘要超出屏幕");
            Assert.True(int.Parse(s[4], System.Globalization.CultureInfo.InvariantCulture) < 260, $"{s[0]} 的摘要高 {s[4]} 像素");
        });
        // Bound: each folded channel is a summary of at most a few lines (< 260 px, checked above), and the rest of the
        // page (facts, review, 怎样才能符合 of ≤ 20 rows, change log) does not grow with the channels: 6,000 px is room
        // for that rest at phone width with a margin; every part open the page is many times longer.
        Assert.True(folded < 6_000 + count * 260, $"folded, the page is {folded} px tall for {count} channels");
        Assert.True(folded * 3 < everything, $"folding saves too little: {folded} px folded, {everything} px open");

        // A tap opens one channel: its rules, each with its reason, are there.
        var first = cards.First;
        await first.Locator(":scope > summary").ClickAsync();
        Assert.NotNull(await first.GetAttributeAsync("open"));
        Assert.True(await first.Locator("table.rules td.r-reason").First.IsVisibleAsync());
    }

    [Theory]
    [InlineData(1440)]
    [InlineData(390)]
    public async Task A_missing_facts_link_lands_on_its_marked_field_with_the_cursor_in_it(int width)
    {
        var window = width == 390 ? Phone : Desk;
        using var api = await ReserveApi.SignInAsync(site, Demo.Clerk);
        var id = await api.CreateProjectAsync(Demo.UniqueName("缺项道路改造"), Demo.ClerkDepartment);
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk, window);
        await clerk.GotoAsync($"/projects/{id}");
        await ProjectPage.WaitForVerdictsAsync(clerk.Page, 10, TimeSpan.FromSeconds(120));
        var card = ProjectPage.ChannelCards(clerk.Page).Filter(new() { Has = clerk.Page.Locator("a.missing-fact") }).First;
        await ProjectPage.OpenAsync(card);
        var labels = await clerk.Page.Locator(".missing-fact").AllInnerTextsAsync();
        Assert.DoesNotContain(labels, l => l.Contains('-', StringComparison.Ordinal));
        var link = card.Locator("a.missing-fact").Last;
        var label = (await link.InnerTextAsync()).Trim();
        await clerk.Page.FollowAsync(() => link.ClickAsync(), new Regex($"/projects/{id}/edit\\?focus="));

        var marked = clerk.Page.Locator("#project-form .field-focus");
        Assert.Equal(1, await marked.CountAsync());
        var name = label.Split('（')[0];
        Assert.Contains(name, await marked.InnerTextAsync());
        Assert.Contains(label, await clerk.Page.Locator("#focus-note").InnerTextAsync());
        var box = await marked.BoundingBoxAsync() ?? throw new InvalidOperationException("no box");
        Assert.True(box.Y >= 0 && box.Y + Math.Min(box.Height, 100) <= window.Height, $"the marked field is off screen (y {box.Y})");
        Assert.NotEqual("none", await marked.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        // The cursor is in the marked field's input, which is wholly on screen: the clerk types at once.
        Assert.True(await marked.EvaluateAsync<bool>("e => e.contains(document.activeElement) && document.activeElement.matches('input, select, textarea')"),
            $"the cursor is in {await clerk.Page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 120)")}, not in the marked field");
        var input = await clerk.Page.EvaluateAsync<double[]>("() => { const r = document.activeElement.getBoundingClientRect(); return [r.top, r.bottom, r.left, r.right, innerHeight, document.documentElement.clientWidth]; }");
        Assert.True(input[0] >= 0 && input[1] <= input[4] && input[2] >= 0 && input[3] <= input[5], $"the focused field is off screen ({string.Join(", ", input)})");
    }

    [Fact]
    public async Task A_clerk_withdraws_a_draft_project_with_a_reason_and_restores_it()
    {
        using var api = await ReserveApi.SignInAsync(site, Demo.Clerk);
        var name = Demo.UniqueName("撤回道路改造");
        var id = await api.CreateProjectAsync(name, Demo.ClerkDepartment);
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.Clerk);
        var page = clerk.Page;
        await clerk.GotoAsync($"/projects/{id}");
        await page.EvaluateAsync("() => document.getElementById('withdraw-panel').open = true");
        // Blank (only spaces) is refused by the server, which says why; nothing changes.
        await page.Locator("#withdraw-reason").FillAsync("   ");
        await page.Locator("#withdraw-project").ClickAsync();
        await page.Locator("[role=alert]").WaitForAsync();
        Assert.Contains("请填写撤回理由", await page.Locator("[role=alert]").InnerTextAsync());
        Assert.Null((await api.ProjectAsync(id))["withdrawal"]);

        var reason = "与同路段项目合并申报（" + Guid.NewGuid().ToString("N")[..6] + "）";
        await page.EvaluateAsync("() => document.getElementById('withdraw-panel').open = true");
        await page.Locator("#withdraw-reason").FillAsync(reason);
        await page.FollowAsync(() => page.Locator("#withdraw-project").ClickAsync(), $"**/projects/{id}");
        Assert.Contains("已撤回该项目", await ProjectPage.Flash(page).InnerTextAsync());
        Assert.Equal(reason, (await page.Locator("#withdrawal-reason").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("#edit-project").CountAsync());
        Assert.Contains("撤回：" + reason, await page.Locator("main").InnerTextAsync());

        // Out of the list, found under 已撤回, still readable by the reviewer.
        await clerk.GotoAsync($"/projects?q={Uri.EscapeDataString(name)}");
        Assert.Equal("0", await page.Locator("#project-total").InnerTextAsync());
        await clerk.GotoAsync($"/projects?withdrawn=true&q={Uri.EscapeDataString(name)}");
        Assert.Equal("1", await page.Locator("#project-total").InnerTextAsync());
        Assert.Contains(name, await page.Locator("#project-list").InnerTextAsync());
        using var reviewer = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        Assert.Equal(reason, (await reviewer.ProjectAsync(id))["withdrawal"]!["reason"]!.GetValue<string>());
        Assert.Empty(await reviewer.SearchAsync(name));

        await clerk.GotoAsync($"/projects/{id}");
        await page.FollowAsync(() => page.Locator("#restore-project").ClickAsync(), $"**/projects/{id}");
        Assert.Contains("已恢复该项目", await ProjectPage.Flash(page).InnerTextAsync());
        Assert.Equal(1, await page.Locator("#edit-project").CountAsync());
        Assert.Single(await reviewer.SearchAsync(name));
    }

    [Fact]
    public async Task A_submitted_lists_project_says_why_it_cannot_be_changed_and_offers_nothing_that_would_be_refused()
    {
        using var reviewer = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        var id = (await reviewer.ProjectIdsAsync(Demo.SubmittedDepartment, take: 10))[2];
        await using var clerk = await BrowserUser.SignedInAsync(browser, site, Demo.SubmittedClerk);
        var page = clerk.Page;
        await clerk.GotoAsync($"/projects/{id}");
        var locked = await page.Locator("#edit-locked").InnerTextAsync();
        Assert.Contains("不能再修改", locked);
        Assert.Contains("发改委退回", locked);
        Assert.Equal(0, await page.Locator("#edit-project").CountAsync());
        Assert.Equal(0, await page.Locator("#withdraw-panel").CountAsync());
        Assert.Equal(0, await page.Locator("a.missing-fact").CountAsync());

        await clerk.GotoAsync("/projects");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "新建项目" }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "从 Excel 导入" }).CountAsync());
        Assert.Contains("不能再修改", await page.Locator("#add-locked").InnerTextAsync());
        await clerk.GotoAsync("/projects/new");
        Assert.Equal(0, await page.Locator("#project-form").CountAsync());
        await clerk.GotoAsync("/import");
        Assert.Equal(0, await page.Locator("#import-file").CountAsync());
        Assert.Contains("不能再修改", await page.Locator("#import-error").InnerTextAsync());

        // The server still refuses what the page no longer offers.
        var withdraw = await clerk.Api.PostAsync($"/api/projects/{id}/withdraw", new() { DataObject = new { version = 1, reason = "试图撤回" } });
        Assert.Equal(403, withdraw.Status);
        Assert.Contains("不能再修改", await withdraw.TextAsync());
    }
}
