using Microsoft.Playwright;

namespace PolicyKb.Tests.Browser;

/// <summary>
/// Documents and search queries that carry script payloads, in Chromium under the site's Content-Security-Policy:
/// no payload runs (no dialog, <c>window.__xss</c> stays unset), the policy reports nothing because nothing
/// tries to break it, and the payloads written as text are shown as text.
/// </summary>
[Collection(HostileSiteCollection.Name)]
public sealed class XssBrowserTests(HostileSiteFixture site)
{
    public static TheoryData<string> PagesWithPayloads() =>
    [
        "/",
        $"/policies/{HostileSiteFixture.PolicyId}/",
        $"/policies/{HostileSiteFixture.PolicyId}/2025-01-01/",
        $"/users/{HostileSiteFixture.PolicyId}/",
        $"/developers/{HostileSiteFixture.PolicyId}/?only=1",
        "/users/",
        "/memos/",
        "/memos/2026-01-01-hostile/",
        "/glossary/",
        // A payload in the address: the highlight words and the fragment go into the page only as text and an id.
        $"/policies/{HostileSiteFixture.PolicyId}/?hl=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E#%3Csvg%20onload%3Dalert(1)%3E",
        "/no-such-page/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ];

    [Theory]
    [MemberData(nameof(PagesWithPayloads))]
    public async Task No_payload_runs_and_the_policy_reports_nothing(string url)
    {
        var watched = await site.NewPageAsync();

        await watched.Page.GotoAsync(site.BaseUrl + url);
        await watched.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // Pointing at and focusing every link and term runs what handlers a payload could have left.
        foreach (var link in await watched.Page.Locator("main a").AllAsync())
        {
            await link.DispatchEventAsync("mouseover");
            await link.DispatchEventAsync("focus");
        }

        await ShouldBeCleanAsync(watched, url, notFound: url.StartsWith("/no-such-page/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Payloads_written_as_text_are_shown_as_text_and_the_rest_leave_their_words()
    {
        var watched = await site.NewPageAsync();
        await watched.Page.GotoAsync($"{site.BaseUrl}/policies/{HostileSiteFixture.PolicyId}/");
        var main = watched.Page.Locator("main");

        (await watched.Page.Locator("h1").TextContentAsync())!.Trim().ShouldBe("Hostile <script>window.__xss='title'</script> Payloads");
        (await watched.Page.TitleAsync()).ShouldContain("Hostile <script>window.__xss='title'</script> Payloads");
        await Assertions.Expect(main.GetByText("<img src=x onerror=alert(1)>").First).ToBeVisibleAsync();
        await Assertions.Expect(main.GetByText("<script>window.__xss='entity'</script>").First).ToBeVisibleAsync();
        var text = await main.InnerTextAsync();
        text.ShouldContain("raw script:");
        text.ShouldContain("after the script.");
        text.ShouldContain("after the image.");
        (await main.Locator("script, img, svg, iframe, object, embed").CountAsync()).ShouldBe(0);
        foreach (var name in new[] { "javascript click", "raw click", "data click", "reference click" })
        {
            // The text stays; the target is gone, so clicking goes nowhere.
            text.ShouldContain(name);
            (await main.Locator("a[href]", new() { HasTextString = name }).CountAsync()).ShouldBe(0, name);
            await main.GetByText(name).First.ClickAsync();
        }

        // An allowed link keeps its target and loses its handler.
        var onclick = main.GetByRole(AriaRole.Link, new() { Name = "onclick click" });
        (await onclick.GetAttributeAsync("href")).ShouldBe("https://example.org/");
        (await onclick.GetAttributeAsync("onclick")).ShouldBeNull();
        watched.Page.Url.ShouldBe($"{site.BaseUrl}/policies/{HostileSiteFixture.PolicyId}/");
        await ShouldBeCleanAsync(watched, "the policy page");
    }

    [Fact]
    public async Task The_feed_carries_the_payloads_of_titles_as_text()
    {
        // Not opened as a page: Chromium's own XML viewer styles itself inline, which the policy blocks; feed
        // readers get the file as data.
        var watched = await site.NewPageAsync();
        var response = await watched.Page.APIRequest.GetAsync(site.BaseUrl + "/feed.xml");
        response.Ok.ShouldBeTrue();
        response.Headers["content-security-policy"].ShouldStartWith(PolicyKb.Site.SecurityHeaders.ContentSecurityPolicy);

        var feed = System.Xml.Linq.XDocument.Parse(await response.TextAsync());
        var titles = feed.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToList();
        titles.ShouldContain(t => t.StartsWith("Hostile <script>window.__xss='title'</script> Payloads", StringComparison.Ordinal));
        titles.ShouldContain(t => t.StartsWith("Memo: Memo <img src=x onerror=", StringComparison.Ordinal));
        feed.Descendants().Where(e => e.Name.LocalName is "script" or "img" or "svg").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_glossary_shows_a_definition_that_carries_a_payload_as_text()
    {
        var watched = await site.NewPageAsync();
        await watched.Page.GotoAsync(site.BaseUrl + "/glossary/");

        var entry = watched.Page.Locator("main").GetByText("including <script>window.__xss='glossary'</script> and", new() { Exact = false }).First;
        await Assertions.Expect(entry).ToBeVisibleAsync();
        (await watched.Page.Locator("main").InnerTextAsync()).ShouldContain("Hostile Content");
        await ShouldBeCleanAsync(watched, "the glossary");
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "<img src=x onerror=alert(1)>",
        "\"><script>alert(1)</script>",
        "<svg onload=window.__xss=1> xsscanary",
        "xsscanary onerror",
        "javascript:alert(1)",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task A_search_query_with_a_payload_is_shown_as_text_with_results_as_text(string query)
    {
        var watched = await site.NewPageAsync();
        await watched.Page.GotoAsync(site.BaseUrl + "/search/?q=" + Uri.EscapeDataString(query));
        var status = watched.Page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync(query.Trim());

        (await watched.Page.Locator("#search-q").InputValueAsync()).ShouldBe(query);
        var results = watched.Page.Locator("#search-results, #search-status, #search-suggestions");
        (await results.Locator("script, img, svg, iframe, object, embed, a[href^='javascript:' i]").CountAsync()).ShouldBe(0);
        if (query.Contains("xsscanary", StringComparison.Ordinal))
        {
            // The hostile policy's sections are found, and their payloads come back as text in the snippets.
            await watched.Page.Locator("#search-results [role=option]").First.WaitForAsync();
            var snippets = string.Join("\n", await watched.Page.Locator("#search-results .search-hit-snippet").AllTextContentsAsync());
            snippets.ShouldContain(HostileSiteFixture.Canary, Case.Insensitive);
        }

        // Typing a payload is the same as opening it.
        await watched.Page.Locator("#search-q").FillAsync("<img src=x onerror=\"window.__xss='typed'\"> " + query);
        await Assertions.Expect(status).ToContainTextAsync("window.__xss='typed'");
        await ShouldBeCleanAsync(watched, query);
    }

    [Fact]
    public async Task The_search_results_show_payloads_from_the_documents_as_text()
    {
        var watched = await site.NewPageAsync();
        await watched.Page.GotoAsync(site.BaseUrl + "/search/?q=" + Uri.EscapeDataString("xsscanary shown as text"));
        await watched.Page.Locator("#search-results [role=option]").First.WaitForAsync();

        var snippets = string.Join("\n", await watched.Page.Locator("#search-results .search-hit-snippet").AllTextContentsAsync());
        snippets.ShouldContain("<img src=x onerror=alert(1)>");
        (await watched.Page.Locator("#search-results img").CountAsync()).ShouldBe(0);

        // Opening the hit highlights its words on the policy page, as text.
        await watched.Page.Locator("#search-results [role=option]").First.ClickAsync();
        await watched.Page.WaitForURLAsync($"**/policies/{HostileSiteFixture.PolicyId}/**");
        await ShouldBeCleanAsync(watched, "a search hit");
    }

    [Fact]
    public async Task The_watch_sees_a_payload_that_breaks_the_policy()
    {
        // The control: a payload that reached the DOM is blocked by the policy, and the blocking is seen three ways.
        var watched = await site.NewPageAsync();
        var reportsBefore = site.Reports.Count;
        await watched.Page.GotoAsync(site.BaseUrl + "/?control=1");

        await watched.Page.EvaluateAsync("document.body.insertAdjacentHTML('beforeend', `<img src=\"/no-such-image.png\" onerror=\"window.__xss='control'\">`)");

        await Assertions.Expect(watched.Page.Locator("img[src='/no-such-image.png']")).ToHaveCountAsync(1);
        await WaitForAsync(async () => (await watched.ViolationsAsync()).Length > 0);
        (await watched.ViolationsAsync()).ShouldContain(v => v.StartsWith("script-src-attr blocked inline", StringComparison.Ordinal));
        (await watched.XssMarkerAsync()).ShouldBeNull();
        await WaitForAsync(() => Task.FromResult(site.Reports.Count > reportsBefore));
        site.Reports.Skip(reportsBefore).ShouldContain(r => DocumentOf(r) == site.BaseUrl + "/?control=1" && r.Contains("script-src-attr", StringComparison.Ordinal));
        watched.Console.ShouldContain(c => c.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    /// <summary>No dialog, no marker, no violation event, no console error or warning, no report from this page.</summary>
    private async Task ShouldBeCleanAsync(WatchedPage watched, string what, bool notFound = false)
    {
        // Reports are sent after the page has run; give them the time to arrive.
        await watched.Page.WaitForTimeoutAsync(500);
        watched.Dialogs.ShouldBeEmpty(what);
        (await watched.XssMarkerAsync()).ShouldBeNull(what);
        (await watched.ViolationsAsync()).ShouldBeEmpty(what);
        // The 404 page is itself served with status 404, which Chromium logs; that is the page working.
        watched.Console.Where(c => !(notFound && c.Contains("404", StringComparison.Ordinal))).ShouldBeEmpty(what);
        var address = new Uri(watched.Page.Url).GetLeftPart(UriPartial.Query);
        site.Reports.Where(r => DocumentOf(r) == address).ShouldBeEmpty(what);
    }

    /// <summary>The page a violation report is about.</summary>
    private static string? DocumentOf(string report)
    {
        using var json = System.Text.Json.JsonDocument.Parse(report);
        return json.RootElement.TryGetProperty("csp-report", out var body) && body.TryGetProperty("document-uri", out var uri) ? uri.GetString() : null;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50 && !await condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
