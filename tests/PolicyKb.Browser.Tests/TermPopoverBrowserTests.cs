using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PolicyKb.Tests.Browser;

/// <summary>The popover of a defined term in a real browser: mouse, keyboard, touch, and axe with a popover open.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TermPopoverBrowserTests(BrowserFixture site)
{
    private const string Page = "/policies/law-enforcement-guidelines/";

    private static ILocator Link(IPage page) => page.Locator("a.term[data-term='preservation-request']").First;

    private static ILocator Popover(IPage page) => page.Locator("#term-def-preservation-request");

    [Fact]
    public async Task Hovering_shows_the_definition_which_stays_while_the_pointer_is_on_it()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + Page);
        await Expect(Popover(page)).ToBeHiddenAsync();

        await Link(page).HoverAsync();
        await Expect(Popover(page)).ToBeVisibleAsync();
        await Expect(Popover(page)).ToContainTextAsync("preservation request: A request from law enforcement");

        await Popover(page).HoverAsync();
        await page.WaitForTimeoutAsync(600);
        await Expect(Popover(page)).ToBeVisibleAsync();

        await page.Mouse.MoveAsync(5, 5);
        await Expect(Popover(page)).ToBeHiddenAsync();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Keyboard_focus_shows_the_definition_and_escape_hides_it()
    {
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + Page);

        for (var presses = 0; presses < 80 && !await page.EvaluateAsync<bool>("document.activeElement.matches('a.term')"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var focused = await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-describedby')");
        var popover = page.Locator("#" + focused);
        await Expect(popover).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(popover).ToBeHiddenAsync();
        (await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-describedby')")).ShouldBe(focused, "Escape hides the definition, not the focus");

        await page.Keyboard.PressAsync("Tab");
        await Expect(popover).ToBeHiddenAsync();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_first_tap_shows_the_definition_and_a_second_follows_the_link()
    {
        var (page, problems) = await site.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 640 }, IsMobile = true, HasTouch = true });
        await page.GotoAsync(site.BaseUrl + Page);
        await Link(page).ScrollIntoViewIfNeededAsync();

        await Link(page).TapAsync();
        await Expect(Popover(page)).ToBeVisibleAsync();
        page.Url.ShouldBe(site.BaseUrl + Page);
        var box = (await Popover(page).BoundingBoxAsync())!;
        box.X.ShouldBeGreaterThanOrEqualTo(0);
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(320, "the definition fits on a 320 pixel phone");

        await Link(page).TapAsync();
        // Polls the address: waiting for a navigation event could start after a fast navigation has already happened.
        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/glossary/#preservation-request");
        await Expect(page.Locator("#preservation-request")).ToBeVisibleAsync();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_tap_elsewhere_hides_the_definition()
    {
        var (page, _) = await site.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 800 }, IsMobile = true, HasTouch = true });
        await page.GotoAsync(site.BaseUrl + Page);
        await Link(page).TapAsync();
        await Expect(Popover(page)).ToBeVisibleAsync();

        await page.Locator("h1").TapAsync();
        await Expect(Popover(page)).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Without_script_a_term_is_a_plain_link_to_its_glossary_entry()
    {
        var (page, _) = await site.NewPageAsync(new() { JavaScriptEnabled = false });
        await page.GotoAsync(site.BaseUrl + Page);

        await Link(page).HoverAsync();
        await Expect(Popover(page)).ToBeHiddenAsync();
        await Link(page).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/glossary/#preservation-request");
    }

    [Fact]
    public async Task Axe_finds_nothing_serious_with_a_definition_open()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var (page, problems) = await site.NewPageAsync(new() { ColorScheme = scheme });
            await page.GotoAsync(site.BaseUrl + Page);
            await Link(page).HoverAsync();
            await Expect(Popover(page)).ToBeVisibleAsync();

            var results = await page.RunAxe();

            results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{scheme} {v.Id}: {v.Help}").ShouldBeEmpty();
            problems.ShouldBeEmpty();
        }
    }
}
