using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicyKb.Model;
using PolicyKb.Views;

namespace PolicyKb.Tests;

/// <summary>
/// What bench/lighthouse.sh found holding pages back, kept from coming back on the seed site: links whose text says
/// nothing alone, heading levels that skip, and the search page's modules discovered one import at a time.
/// </summary>
public sealed class PageScoreTests
{
    private static readonly HtmlParser Parser = new();

    private static IEnumerable<(string Path, IDocument Page)> Pages =>
        SeedSite.Context.Output.Files.Select(f => f.Key).Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .Select(p => (p, (IDocument)Parser.ParseDocument(SeedSite.Context.Output.GetText(p)!)));

    /// <summary>The text a reader sees: the link's text without what is only there for screen readers.</summary>
    private static string VisibleText(IElement link)
    {
        var copy = (IElement)link.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden").ToList())
        {
            hidden.Remove();
        }

        return copy.TextContent.Trim();
    }

    public sealed class Links_whose_text_says_nothing_alone
    {
        [Fact]
        public void Are_named_by_their_sentence_or_section_with_the_recorded_text_unchanged()
        {
            var page = Parser.ParseDocument(SeedSite.Page("/policies/privacy-policy/"));
            var generic = page.QuerySelectorAll("main a.external").Where(a => VisibleText(a) is "Learn more" or "here").ToList();

            generic.Count.ShouldBe(19);
            generic.ShouldAllBe(a => a.QuerySelector(".visually-hidden") != null);
            string Name(string href) => page.QuerySelector($"a[href='{href}']")!.TextContent;
            Name("https://privacycenter.instagram.com/policy/?section_id=9-HowDoWeTransfer")
                .ShouldBe("Learn more about how we transfer information to other countries");
            Name("https://www.facebook.com/help/contact/540977946302970")
                .ShouldBe("here: Contact the Data Protection Officer for Meta Platforms, Inc");
            Name("https://privacycenter.instagram.com/policy/?subpage=2.subpage.8-PromotingSafetySecurityAnd")
                .ShouldBe("Learn more: To promote safety, security and integrity");
        }

        [Fact]
        public void Are_all_named_on_every_page_of_the_seed_site()
        {
            foreach (var (path, page) in Pages)
            {
                foreach (var link in page.QuerySelectorAll("main a[href]"))
                {
                    var visible = VisibleText(link);
                    if (visible.Length > 0 && LinkPurpose.IsGeneric(new Link("", [new Text(visible)])))
                    {
                        link.TextContent.Trim().Length.ShouldBeGreaterThan(visible.Length, $"{path}: \"{visible}\" → {link.GetAttribute("href")}");
                    }
                }
            }
        }

        [Fact]
        public void Take_the_rest_of_the_sentence_else_the_words_before_else_nothing()
        {
            static Link Learn() => new("https://example.com/", [new Text("Learn more")]);
            LinkPurpose.ContextOf([new Text("We share it. "), Learn(), new Text(" about transfers abroad. And more.")], 1).ShouldBe(" about transfers abroad");
            LinkPurpose.ContextOf([new Text("Keep it while needed. For example, to keep your account. "), Learn(), new Text(".")], 1)
                .ShouldBe(": For example, to keep your account");
            LinkPurpose.ContextOf([Learn()], 0).ShouldBeNull();
            LinkPurpose.IsGeneric(Learn()).ShouldBeTrue();
            LinkPurpose.IsGeneric(new Link("https://example.com/", [new Text("the cookie policy")])).ShouldBeFalse();
        }
    }

    [Fact]
    public void No_page_skips_a_heading_level()
    {
        foreach (var (path, page) in Pages)
        {
            var previous = 0;
            foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = heading.LocalName[1] - '0';
                level.ShouldBeLessThanOrEqualTo(previous + 1, $"{path}: <{heading.LocalName}> \"{heading.TextContent.Trim()}\" after <h{previous}>");
                previous = level;
            }
        }
    }

    [Fact]
    public void The_search_page_preloads_every_module_its_script_imports()
    {
        var page = Parser.ParseDocument(SeedSite.Page("/search/"));
        var preloaded = page.QuerySelectorAll("link[rel=modulepreload]").Select(l => l.GetAttribute("href")!.Split('/').Last()).ToList();

        preloaded.ShouldBe(["analyzer.js", "bm25.js", "engine.js", "index-files.js", "porter.js", "query.js", "snippet.js"]);
        Parser.ParseDocument(SeedSite.Page("/")).QuerySelectorAll("link[rel=modulepreload]").ShouldBeEmpty();
    }
}
