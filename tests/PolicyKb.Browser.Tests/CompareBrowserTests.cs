using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PolicyKb.Tests.Browser;

/// <summary>Compare any two versions: in the browser, from the versions' data files, under the strict CSP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareBrowserTests(BrowserFixture site)
{
    private const string Compare = "/policies/privacy-policy/compare/";

    private static async Task Shown(IPage page, string from, string to) =>
        await page.WaitForSelectorAsync($"#compare-result[data-shown='{from}..{to}'][aria-busy='false']");

    [Fact]
    public async Task Shows_the_section_aligned_word_diff_of_the_two_versions_in_the_url()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + Compare + "?from=2024-11-14&to=2025-06-16");
        await Shown(page, "2024-11-14", "2025-06-16");

        (await page.Locator("#compare-summary-heading").TextContentAsync()).ShouldBe("Effective November 14, 2024 → Effective June 16, 2025");
        (await page.Locator("#compare-result ins.wording").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#compare-result del.wording").CountAsync()).ShouldBeGreaterThan(0);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Shows_every_section_whose_words_the_change_page_shows_changed()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/policies/privacy-policy/changes/2024-11-14-to-2025-06-16/");
        var changed = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('section.change[id^=change-]:has(ins.wording, del.wording)')].map(s => s.id)");
        changed.ShouldNotBeEmpty();

        await page.GotoAsync(site.BaseUrl + Compare + "?from=2024-11-14&to=2025-06-16");
        await Shown(page, "2024-11-14", "2025-06-16");
        var compared = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#compare-result section.change[id]')].map(s => s.id)");
        changed.Except(compared).ShouldBeEmpty();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Labels_the_links_a_plain_text_recording_lost_as_cosmetic_as_the_change_page_does()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/policies/privacy-policy/changes/2024-11-14-to-2025-06-16/");
        var lostOnChangePage = await page.Locator(".cosmetic.lost-link").CountAsync();
        lostOnChangePage.ShouldBeGreaterThan(0);

        await page.GotoAsync(site.BaseUrl + Compare + "?from=2024-11-14&to=2025-06-16");
        await Shown(page, "2024-11-14", "2025-06-16");
        var lost = await page.Locator("#compare-result .cosmetic.lost-link").AllTextContentsAsync();
        lost.Count.ShouldBeGreaterThan(0);
        // The 2024 recording is plain text whose links lost their words, shown as "[…]"; each is a cosmetic run.
        lost.ShouldContain(text => text.Contains("[…]", StringComparison.Ordinal));
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Keeps_a_new_choice_in_the_url_and_goes_back_to_the_previous_one()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + Compare);
        await Shown(page, "2024-11-14", "2025-06-16");

        await page.SelectOptionAsync("#compare-from", "2025-06-16");
        await page.SelectOptionAsync("#compare-to", "2024-11-14");
        await page.ClickAsync(".compare-form button");
        await Shown(page, "2025-06-16", "2024-11-14");
        page.Url.ShouldEndWith("?from=2025-06-16&to=2024-11-14");
        (await page.Locator("#compare-summary-heading").TextContentAsync()).ShouldBe("Effective June 16, 2025 → Effective November 14, 2024");

        await page.GoBackAsync();
        await Shown(page, "2024-11-14", "2025-06-16");
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Axe_finds_nothing_serious_in_a_comparison()
    {
        var (page, problems) = await site.NewPageAsync(new() { ColorScheme = ColorScheme.Light });
        await page.GotoAsync(site.BaseUrl + Compare + "?from=2024-11-14&to=2025-06-16");
        await Shown(page, "2024-11-14", "2025-06-16");
        var result = await page.RunAxe();
        result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ShouldBeEmpty();
        problems.ShouldBeEmpty();
    }
}
