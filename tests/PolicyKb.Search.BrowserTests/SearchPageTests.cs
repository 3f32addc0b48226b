using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PolicyKb.Search.BrowserTests;

/// <summary>The search page in Chromium under the site's strict Content-Security-Policy.</summary>
[Collection(SearchSiteCollection.Name)]
public sealed class SearchPageTests(SearchSiteFixture site)
{
    private async Task<(IPage Page, List<string> Problems)> SearchAsync(string query, string path = "/search/")
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        await page.Locator("#search-q").FillAsync(query);
        await page.Locator("#search-results[role=listbox] [role=option], #search-status:has-text('No results')").First.WaitForAsync();
        return (page, problems);
    }

    [Fact]
    public async Task Typing_shows_hits_grouped_by_document_announces_the_count_and_keeps_the_query_in_the_url()
    {
        var (page, problems) = await SearchAsync("subpoena");

        (await page.Locator("#search-results [role=group]").CountAsync()).ShouldBe(2);
        var titles = await page.Locator("#search-results .search-group-title").AllTextContentsAsync();
        titles.ShouldBe(["Privacy Policy", "Information for law enforcement"], ignoreOrder: true);
        (await page.Locator("#search-results mark").First.TextContentAsync())!.ToLowerInvariant().ShouldStartWith("subpoena");
        (await page.Locator("#search-status").TextContentAsync())!.ShouldStartWith("2 sections found");
        new Uri(page.Url).Query.ShouldBe("?q=subpoena");
        (await page.Locator("#search-audience .count[data-audience=law-enforcement]").TextContentAsync()).ShouldBe("(2)");
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_audience_filter_narrows_the_hits_and_is_kept_in_the_url()
    {
        var (page, problems) = await SearchAsync("information");
        var all = await page.Locator("#search-results [role=option]").CountAsync();

        await page.Locator("#search-audience input[value=developers]").CheckAsync();
        await page.WaitForURLAsync("**/search/?q=information&audience=developers");

        // The counts are of every audience, the same before and after the filter; the status still shows the
        // unfiltered search until the filtered one is done, so wait for it to say the developers' count.
        var developers = await page.Locator("#search-audience .count[data-audience=developers]").TextContentAsync();
        await Assertions.Expect(page.Locator("#search-status"))
            .ToHaveTextAsync(new Regex("^" + Regex.Escape(developers!.Trim('(', ')')) + " sections found"));
        all.ShouldBeGreaterThan(0);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Earlier_versions_are_searched_when_asked_and_the_choice_is_kept_in_the_url()
    {
        var (page, problems) = await SearchAsync("subpoena");
        (await page.Locator("#search-status").TextContentAsync())!.ShouldStartWith("2 sections found");

        await page.Locator("#search-archived").CheckAsync();
        await page.WaitForURLAsync("**/search/?q=subpoena&archived=1");
        await page.Locator("#search-status:has-text('3 sections found')").WaitForAsync();
        var titles = await page.Locator("#search-results .search-group-title").AllTextContentsAsync();
        titles.ShouldContain("Privacy Policy (archived version of 2024-11-14)");
        (await page.Locator("#search-results [role=option]").EvaluateAllAsync<string[]>("hits => hits.map(h => h.dataset.href)"))
            .ShouldContain(href => href.StartsWith("/policies/privacy-policy/2024-11-14/?hl=", StringComparison.Ordinal));

        await page.ReloadAsync();
        await page.Locator("#search-status:has-text('3 sections found')").WaitForAsync();
        (await page.Locator("#search-archived").IsCheckedAsync()).ShouldBeTrue();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_section_the_same_in_both_versions_is_one_hit_that_names_them_and_current_hits_come_first()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/search/?q=integrated+partners&archived=1");
        await page.Locator("#search-results [role=option]").First.WaitForAsync();

        // The section on integrated partners did not change between the two versions of the Privacy Policy: one hit.
        var shared = page.Locator("#search-results [role=option][data-href$='#how-is-your-information-shared-on-meta-products-or-with-integrated-partners']");
        (await shared.CountAsync()).ShouldBe(1);
        (await shared.Locator(".search-hit-versions").TextContentAsync()).ShouldBe("in 2 versions: 2024-11-14 to 2025-06-16");
        (await shared.GetAttributeAsync("data-href"))!.ShouldStartWith("/policies/privacy-policy/?hl=");

        // Every archived group comes after every current one.
        await page.GotoAsync(site.BaseUrl + "/search/?q=subpoena&archived=1");
        await page.Locator("#search-status:has-text('3 sections found')").WaitForAsync();
        var titles = await page.Locator("#search-results .search-group-title").AllTextContentsAsync();
        var archived = titles.Select(t => t.Contains("(archived version of", StringComparison.Ordinal)).ToList();
        archived.ShouldContain(true);
        archived.ShouldBe(archived.OrderBy(a => a).ToList());
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Opening_a_search_url_runs_it()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/search/?q=%22court+order%22&audience=law-enforcement");
        await page.Locator("#search-results [role=option]").First.WaitForAsync();

        (await page.Locator("#search-q").InputValueAsync()).ShouldBe("\"court order\"");
        (await page.Locator("#search-audience input[value=law-enforcement]").IsCheckedAsync()).ShouldBeTrue();
        var snippets = await page.Locator("#search-results .search-hit-snippet").AllTextContentsAsync();
        snippets.ShouldAllBe(s => s.Contains("court order", StringComparison.OrdinalIgnoreCase));
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Arrows_move_through_the_hits_and_Enter_opens_one_with_its_words_highlighted()
    {
        var (page, problems) = await SearchAsync("delete my account");
        var box = page.Locator("#search-q");

        await box.PressAsync("ArrowDown");
        var first = await box.GetAttributeAsync("aria-activedescendant");
        (await page.Locator($"#{first}").GetAttributeAsync("aria-selected")).ShouldBe("true");
        await box.PressAsync("ArrowDown");
        await box.PressAsync("ArrowUp");
        (await box.GetAttributeAsync("aria-activedescendant")).ShouldBe(first);
        var href = await page.Locator($"#{first}").GetAttributeAsync("data-href") ?? "";

        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**" + href);
        href.ShouldContain("?hl=");
        var fragment = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];

        // The policy page takes the arrival highlighter as the site will include it (a module script of the theme).
        await page.AddScriptTagAsync(new() { Url = site.ScriptsUrl + "search-highlight.js", Type = "module" });
        await page.WaitForFunctionAsync("() => CSS.highlights.has('search-term')");
        var highlighted = await page.EvaluateAsync<string[]>(
            "() => [...CSS.highlights.get('search-term')].map(r => r.toString().toLowerCase())");
        highlighted.ShouldContain("delete");
        (await page.EvaluateAsync<bool>(
            "(id) => [...CSS.highlights.get('search-term')].every(r => r.startContainer.parentElement.closest('section').id === id)", fragment)).ShouldBeTrue();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Slash_focuses_the_search_box()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/search/");
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("/");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("search-q");
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_query_that_finds_nothing_suggests_the_nearest_words_and_a_suggestion_searches_again()
    {
        var (page, problems) = await SearchAsync("subpenaa ");

        (await page.Locator("#search-status").TextContentAsync())!.ShouldStartWith("No results");
        await page.Locator("#search-suggestions").GetByRole(AriaRole.Button, new() { Name = "subpoena", Exact = true }).ClickAsync();
        await page.Locator("#search-results [role=option]").First.WaitForAsync();
        (await page.Locator("#search-q").InputValueAsync()).ShouldBe("subpoena ");
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_prefix_of_the_last_word_and_a_typo_find_the_same_sections()
    {
        var (page, problems) = await SearchAsync("subpoe");
        var prefix = await page.Locator("#search-results [role=option]").EvaluateAllAsync<string[]>("hits => hits.map(h => h.dataset.href.split('#')[1])");
        await page.Locator("#search-q").FillAsync("subpeona ");
        await page.Locator("#search-status:has-text('sections found for “subpeona”')").WaitForAsync();
        var typo = await page.Locator("#search-results [role=option]").EvaluateAllAsync<string[]>("hits => hits.map(h => h.dataset.href.split('#')[1])");

        prefix.ShouldBe(typo);
        prefix.ShouldContain("requests-for-user-information");
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Axe_finds_nothing_serious_or_critical_with_results_shown()
    {
        var (page, problems) = await SearchAsync("court order");
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})").ToList();
        serious.ShouldBeEmpty();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_api_answers_with_the_hits_the_page_shows()
    {
        var (page, problems) = await SearchAsync("data retention for law enforcement");
        var pageHits = await page.Locator("#search-results [role=option]").EvaluateAllAsync<string[]>("hits => hits.map(h => h.dataset.href.replace(/\\?hl=[^#]*/, ''))");

        var response = await page.APIRequest.GetAsync(site.BaseUrl + "/api/search?q=data+retention+for+law+enforcement");
        response.Status.ShouldBe(200);
        var json = JsonDocument.Parse(await response.TextAsync()).RootElement;
        var apiHits = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()!).ToArray();

        // The page shows the same ranking grouped by document, each document where its best hit ranks.
        apiHits.GroupBy(url => url.Split('#')[0]).SelectMany(g => g).ShouldBe(pageHits);
        (await page.APIRequest.GetAsync(site.BaseUrl + "/api/search?q=x&audience=nobody")).Status.ShouldBe(400);

        // A limit or archived flag that cannot be read is a bad request that says why, in JSON like the others.
        foreach (var (query, error) in new[] { ("limit=abc", "limit must be a whole number from 1 to 100"), ("archived=maybe", "archived must be true or false") })
        {
            var bad = await page.APIRequest.GetAsync(site.BaseUrl + "/api/search?q=x&" + query);
            bad.Status.ShouldBe(400);
            JsonDocument.Parse(await bad.TextAsync()).RootElement.GetProperty("error").GetString().ShouldBe(error);
        }

        (await page.APIRequest.GetAsync(site.BaseUrl + "/api/search?q=subpoena&limit=2&archived=true")).Status.ShouldBe(200);
        problems.ShouldBeEmpty();
    }
}
