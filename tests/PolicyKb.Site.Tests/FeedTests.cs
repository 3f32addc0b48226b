using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace PolicyKb.Tests;

/// <summary>The feeds besides the site's: one per policy and one per audience, each linked from its pages.</summary>
public sealed class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static XDocument Feed(string file) => XDocument.Parse(SeedSite.Context.Output.GetText(file) ?? throw new InvalidOperationException($"no {file}"));

    private static List<string> Titles(XDocument feed) => [.. feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value)];

    private static List<string> HeadFeeds(string url) =>
        [.. new HtmlParser().ParseDocument(SeedSite.Page(url)).QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!)];

    [Fact]
    public void A_policys_feed_holds_its_versions_and_the_memos_about_it_and_nothing_else()
    {
        var feed = Feed("policies/privacy-policy/feed.xml");
        Titles(feed).ShouldBe([
            "Memo: Instagram begins use of AI interactions to personalise experiences and ads",
            "Privacy Policy updated: Effective June 16, 2025",
            "Privacy Policy: Effective November 14, 2024"]);
        feed.Root!.Element(Atom + "id")!.Value.ShouldBe("https://instagram-policy-library.netlify.app/policies/privacy-policy/feed.xml");
        feed.Root.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "alternate").Attribute("href")!.Value
            .ShouldBe("https://instagram-policy-library.netlify.app/policies/privacy-policy/history/");
        Titles(Feed("policies/terms-of-use/feed.xml")).ShouldAllBe(t => t.StartsWith("Terms of Use", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_has_the_same_id_in_the_policy_feed_as_in_the_site_feed()
    {
        string[] Ids(XDocument feed) => [.. feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];
        Ids(Feed("policies/privacy-policy/feed.xml")).Except(Ids(Feed("feed.xml"))).ShouldBeEmpty();
    }

    [Fact]
    public void An_audiences_feed_holds_the_policies_that_concern_it()
    {
        var knowledgeBase = SeedSite.Context.Get<PolicyKb.Enriching.Terms.LinkedKnowledgeBase>().KnowledgeBase;
        foreach (var audience in knowledgeBase.Audiences)
        {
            var titles = Titles(Feed($"{audience.Path}/feed.xml"));
            titles.ShouldNotBeEmpty(audience.Id);
            titles.Count.ShouldBeLessThanOrEqualTo(Titles(Feed("feed.xml")).Count);
        }

        Titles(Feed("law-enforcement/feed.xml")).ShouldContain("Information for law enforcement: Retrieved November 24, 2026");
        Feed("users/feed.xml").Root!.Element(Atom + "title")!.Value.ShouldStartWith("Instagram Policy Library: for ");
    }

    [Theory]
    [InlineData("/policies/privacy-policy/", "/policies/privacy-policy/feed.xml")]
    [InlineData("/policies/privacy-policy/2024-11-14/", "/policies/privacy-policy/feed.xml")]
    [InlineData("/policies/privacy-policy/history/", "/policies/privacy-policy/feed.xml")]
    [InlineData("/policies/privacy-policy/changes/2024-11-14-to-2025-06-16/", "/policies/privacy-policy/feed.xml")]
    [InlineData("/developers/terms-of-use/", "/developers/feed.xml")]
    [InlineData("/developers/terms-of-use/", "/policies/terms-of-use/feed.xml")]
    [InlineData("/users/", "/users/feed.xml")]
    public void Pages_link_their_feeds_and_the_sites_from_their_head(string page, string feed)
    {
        var feeds = HeadFeeds(page);
        feeds.ShouldContain(feed);
        feeds.ShouldContain("/feed.xml");
    }
}
