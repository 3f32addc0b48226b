using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolicyKb.Tests;

/// <summary>Defined terms on the built seed site: links in the text, the popover definitions a page carries, and the glossary page.</summary>
public sealed class TermRenderingTests
{
    private static readonly HtmlParser Parser = new();

    private static IDocument Page(string url) => Parser.ParseDocument(SeedSite.Page(url));

    [Fact]
    public void A_rendered_section_with_term_links_reads_as_reviewed()
    {
        var page = Page("/policies/privacy-policy/");
        var section = page.GetElementById("how-do-the-meta-companies-work-together")!;
        var popovers = page.QuerySelector(".term-popovers")!;
        var linked = section.QuerySelectorAll("a.term").Select(a => a.GetAttribute("aria-describedby")).ToHashSet();

        foreach (var popover in popovers.QuerySelectorAll(".term-popover").Where(p => !linked.Contains(p.Id)).ToList())
        {
            popover.Remove();
        }

        Snapshot.Match(PrettyHtml.Of(section.OuterHtml + popovers.OuterHtml), SnapshotNameExtension.Create("privacy-policy"));
    }

    [Theory]
    [InlineData("/policies/privacy-policy/")]
    [InlineData("/policies/privacy-policy/2024-11-14/")]
    [InlineData("/policies/terms-of-use/")]
    [InlineData("/policies/law-enforcement-guidelines/")]
    [InlineData("/developers/platform-policy/")]
    [InlineData("/memos/2025-10-16-instagram-ai-interactions/")]
    public void Every_term_link_leads_to_its_glossary_entry_and_names_a_definition_on_the_page(string url)
    {
        var page = Page(url);
        var glossary = Page("/glossary/");
        var links = page.QuerySelectorAll("a.term").ToList();

        links.ShouldNotBeEmpty();
        foreach (var link in links)
        {
            var id = link.GetAttribute("data-term")!;
            link.GetAttribute("href").ShouldBe($"/glossary/#{id}");
            glossary.GetElementById(id).ShouldNotBeNull($"the glossary has an entry for {id}");
            var popover = page.GetElementById(link.GetAttribute("aria-describedby")!).ShouldNotBeNull();
            popover.HasAttribute("hidden").ShouldBeTrue("without script the definition stays hidden and the link simply leads to the glossary");
            popover.GetAttribute("role").ShouldBe("tooltip");
        }

        page.QuerySelectorAll(".term-popover").Length.ShouldBe(links.Select(l => l.GetAttribute("data-term")).Distinct().Count(), "one definition per linked term");
    }

    [Fact]
    public void No_link_to_the_privacy_centers_definition_popovers_is_left()
    {
        foreach (var url in new[] { "/policies/privacy-policy/", "/policies/privacy-policy/2025-06-16/" })
        {
            Page(url).QuerySelectorAll("a[href*='Definition-']").ShouldBeEmpty(url);
        }
    }

    [Fact]
    public void The_glossary_lists_every_linked_term_with_used_in_links_and_the_unlinked_ones_apart()
    {
        var glossary = Page("/glossary/");
        var entries = glossary.QuerySelectorAll(".glossary-entries .glossary-entry").Select(e => e.Id).ToList();

        entries.ShouldContain("stored-communications-act");
        entries.ShouldContain("user-content");
        entries.ShouldContain("terms-of-use");
        glossary.QuerySelectorAll(".glossary-not-linked .glossary-entry").Select(e => e.Id)
            .ShouldBe(["legitimate-interests", "posting", "private", "processing-personal-data", "terms"]);
        glossary.GetElementById("preservation-request")!.QuerySelectorAll(".used-in a").Select(a => a.GetAttribute("href")).ShouldBe([
            "/policies/law-enforcement-guidelines/",
            "/policies/law-enforcement-guidelines/#data-retention-and-availability",
            "/policies/law-enforcement-guidelines/#account-preservation"]);
    }
}
