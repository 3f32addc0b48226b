using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PolicyKb.Tests.Browser;

/// <summary>The site in a real browser: navigation, audiences, filter, dark mode, phones, print, keyboard, CSP, axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteBrowserTests(BrowserFixture site)
{
    public static TheoryData<string> PageKinds() =>
    [
        "/",
        "/policies/privacy-policy/",
        "/policies/privacy-policy/2024-11-14/",
        "/developers/privacy-policy/",
        "/law-enforcement/",
        "/developers/",
        "/users/",
        "/memos/2025-10-16-instagram-ai-interactions/",
        "/memos/",
        "/policies/privacy-policy/changes/2024-11-14-to-2025-06-16/",
        "/policies/privacy-policy/history/",
        "/policies/privacy-policy/sections/what-information-do-we-collect/",
        "/glossary/",
        "/search/",
        "/no-such-page/",
    ];

    [Fact]
    public async Task Each_audience_reaches_its_first_document_in_two_clicks_from_the_home_page()
    {
        foreach (var (audience, document) in new[] { ("Developers", "Platform Policy"), ("Law enforcement", "Information for law enforcement"), ("People who use Instagram", "Terms of Use") })
        {
            var (page, problems) = await site.NewPageAsync();
            await page.GotoAsync(site.BaseUrl + "/");
            await page.GetByRole(AriaRole.Link, new() { Name = audience, Exact = true }).First.ClickAsync();
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = document, Exact = true }).First.ClickAsync();
            (await page.Locator("h1").TextContentAsync()).ShouldBe(document);
            problems.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task The_audience_switcher_keeps_the_document_and_marks_what_matters()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/policies/privacy-policy/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Read as" }).GetByRole(AriaRole.Link, new() { Name = "Law enforcement" }).ClickAsync();
        page.Url.ShouldBe(site.BaseUrl + "/law-enforcement/privacy-policy/");
        (await page.Locator("#how-do-we-respond-to-legal-requests-comply-with-applicable-law-and-prevent-harm").GetAttributeAsync("class"))!.ShouldContain("relevant");
        (await page.Locator("section.relevant .relevance-label").First.TextContentAsync())!.Trim().ShouldBe("For law enforcement");
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_filter_shows_only_the_audiences_sections_and_is_kept_in_the_url()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/developers/privacy-policy/");
        var unrelated = page.Locator("#how-long-do-we-keep-your-information");
        var related = page.Locator("#with-integrated-partners");
        (await unrelated.IsVisibleAsync()).ShouldBeTrue();

        await page.GetByLabel("Show only the sections for developers").CheckAsync();
        (await unrelated.IsVisibleAsync()).ShouldBeFalse();
        (await related.IsVisibleAsync()).ShouldBeTrue();
        page.Url.ShouldEndWith("/developers/privacy-policy/?only=1");

        await page.ReloadAsync();
        (await page.GetByLabel("Show only the sections for developers").IsCheckedAsync()).ShouldBeTrue();
        (await unrelated.IsVisibleAsync()).ShouldBeFalse();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_change_page_can_hide_cosmetic_changes_and_links_the_memo_both_ways()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/policies/privacy-policy/");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^What changed") }).First.ClickAsync();
        page.Url.ShouldBe(site.BaseUrl + "/policies/privacy-policy/changes/2024-11-14-to-2025-06-16/");
        var cosmetic = page.Locator(".change.cosmetic-only").First;
        (await cosmetic.IsVisibleAsync()).ShouldBeTrue();
        await page.GetByLabel("Hide changes that are only cosmetic").CheckAsync();
        (await cosmetic.IsVisibleAsync()).ShouldBeFalse();
        page.Url.ShouldEndWith("?wording=1");

        await page.GetByRole(AriaRole.Link, new() { Name = "Instagram begins use of AI interactions to personalise experiences and ads" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Privacy Policy: November 14, 2024") }).ClickAsync();
        page.Url.ShouldBe(site.BaseUrl + "/policies/privacy-policy/changes/2024-11-14-to-2025-06-16/");
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Follows_the_system_dark_mode()
    {
        var (light, _) = await site.NewPageAsync(new() { ColorScheme = ColorScheme.Light });
        var (dark, _) = await site.NewPageAsync(new() { ColorScheme = ColorScheme.Dark });
        await light.GotoAsync(site.BaseUrl + "/");
        await dark.GotoAsync(site.BaseUrl + "/");
        (await light.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor")).ShouldBe("rgb(255, 255, 255)");
        (await dark.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor")).ShouldBe("rgb(17, 20, 24)");
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Has_no_horizontal_scroll_on_a_320_pixel_phone(string url)
    {
        var (page, problems) = await site.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 640 }, IsMobile = true, HasTouch = true });
        await page.GotoAsync(site.BaseUrl + url);
        var overflow = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                        && !e.closest('.table-wrap, pre, .visually-hidden, .skip-link'))
              .slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + Math.round(e.getBoundingClientRect().right))
            """);
        overflow.ShouldBeEmpty();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(320);
        problems.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Axe_finds_nothing_serious_or_critical(string url)
    {
        var (page, problems) = await site.NewPageAsync(new() { ColorScheme = ColorScheme.Light });
        await page.GotoAsync(site.BaseUrl + url);
        var light = await page.RunAxe();

        // Only colours differ in the dark scheme, so the second pass runs the contrast rule alone.
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var dark = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] } });

        var serious = light.Violations.Select(v => ("light", v)).Concat(dark.Violations.Select(v => ("dark", v)))
            .Where(x => x.v.Impact is "serious" or "critical")
            .Select(x => $"{x.Item1} {x.v.Id}: {x.v.Help} ({string.Join(", ", x.v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")
            .ToList();
        serious.ShouldBeEmpty();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Prints_the_document_without_the_site_chrome()
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/policies/law-enforcement-guidelines/");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.Locator(".site-header").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("h1").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("#account-preservation").IsVisibleAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Works_from_the_keyboard_with_a_visible_focus()
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/policies/privacy-policy/");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Skip to content");
        (await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle")).ShouldBe("solid");
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("/");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("site-search-q");
    }
}
