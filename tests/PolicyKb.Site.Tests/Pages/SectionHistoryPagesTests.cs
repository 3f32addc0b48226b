using AngleSharp.Html.Parser;
using PolicyKb.Enriching.Terms;
using PolicyKb.Site.Pages;
using PolicyKb.Urls;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolicyKb.Tests.Pages;

/// <summary>Section histories, <c>/policies/&lt;id&gt;/sections/&lt;section-id&gt;/</c>, and what each section of a version says about its past.</summary>
public sealed class SectionHistoryPagesTests
{
    [Fact]
    public async Task The_history_of_a_section_reads_as_reviewed()
    {
        var html = await HandMadeHistory.Render(SectionHistoryPages.Create(HandMadeHistory.Views()), "/policies/example-privacy/sections/sharing/");
        Snapshot.Match(PrettyHtml.Of(html), SnapshotNameExtension.Create("hand-made"));
    }

    [Fact]
    public async Task Lists_the_versions_in_which_the_section_changed_with_its_own_word_diff_down_to_the_first_version()
    {
        var document = new HtmlParser().ParseDocument(
            await HandMadeHistory.Render(SectionHistoryPages.Create(HandMadeHistory.Views()), "/policies/example-privacy/sections/sharing/"));
        var entries = document.QuerySelectorAll(".section-history > li").ToList();
        entries.Select(e => e.Id).ShouldBe(["v-2024-06-20", "v-2024-01-10"]);
        entries[0].QuerySelector(".change-kind")!.TextContent.ShouldBe("changed");
        entries[0].QuerySelectorAll("ins.wording").Select(i => i.TextContent).ShouldContain(t => t.Contains("with our partners", StringComparison.Ordinal));
        entries[0].QuerySelector(".diff")!.TextContent.ShouldNotContain("collect");
        entries[0].QuerySelector("a[href='/policies/example-privacy/changes/2024-06-05-to-2024-06-20/#change-sharing']").ShouldNotBeNull();
        entries[1].QuerySelector(".change-kind")!.TextContent.ShouldBe("first version");
        document.QuerySelector(".doc-meta")!.TextContent.ShouldBe("In the current version. Its wording last changed in the version of June 20, 2024.");
    }

    [Fact]
    public void Makes_one_page_per_section_id_not_per_version()
    {
        var urls = SectionHistoryPages.Create(HandMadeHistory.Views()).Select(j => j.Url).ToList();
        urls.ShouldBe([
            "/policies/example-privacy/sections/how-we-use-it/",
            "/policies/example-privacy/sections/sharing/",
            "/policies/example-privacy/sections/what-we-collect/"]);
    }

    [Fact]
    public async Task Each_section_of_a_version_says_when_its_wording_last_changed_and_links_to_its_history()
    {
        var views = HandMadeHistory.Views();
        var document = new HtmlParser().ParseDocument(await HandMadeHistory.Render(PolicyPages.Create(views), "/policies/example-privacy/"));
        string Note(string id) => document.QuerySelector($"#{id} > .section-history-note")!.TextContent;
        Note("what-we-collect").ShouldStartWith("Wording last changed in the version of June 5, 2024.");
        Note("sharing").ShouldStartWith("Wording last changed in the version of June 20, 2024.");
        Note("how-we-use-it").ShouldStartWith("Wording changed in this version.");
        document.QuerySelector("#sharing > .section-history-note a")!.GetAttribute("href").ShouldBe("/policies/example-privacy/sections/sharing/");

        var first = new HtmlParser().ParseDocument(await HandMadeHistory.Render(PolicyPages.Create(views), "/policies/example-privacy/2024-01-10/"));
        first.QuerySelector("#sharing > .section-history-note")!.TextContent.ShouldStartWith("Wording unchanged since the first version, of January 10, 2024.");
    }

    [Fact]
    public void Every_section_of_every_seed_version_with_a_history_links_to_a_section_history_that_exists()
    {
        var knowledgeBase = SeedSite.Context.Get<LinkedKnowledgeBase>().KnowledgeBase;
        knowledgeBase.Policies.ShouldContain(p => p.Versions.Length > 1);
        knowledgeBase.Policies.ShouldContain(p => p.Versions.Length == 1);
        foreach (var policy in knowledgeBase.Policies)
        {
            var hasHistory = policy.Versions.Length > 1;
            foreach (var version in policy.Versions)
            {
                var page = SeedSite.Page(SiteUrls.Version(version));
                foreach (var section in version.Content.AllSections())
                {
                    var url = SiteUrls.SectionHistory(policy.Id, section.Id);
                    if (hasHistory)
                    {
                        page.ShouldContain($"href=\"{url}\"");
                        SeedSite.Context.Output.Contains(SiteUrls.FileOf(url)).ShouldBeTrue(url);
                    }
                    else
                    {
                        page.ShouldNotContain($"href=\"{url}\"", customMessage: "a policy with one version has no section histories");
                    }
                }

                if (!hasHistory)
                {
                    page.ShouldNotContain("section-history-note");
                }
            }

            // One page per section id of a policy with versions to compare; none for a policy with one version.
            var pages = SeedSite.Context.Output.Files.Count(f => f.Key.StartsWith($"policies/{policy.Id}/sections/", StringComparison.Ordinal));
            pages.ShouldBe(hasHistory ? policy.Versions.SelectMany(v => v.Content.AllSections()).Select(s => s.Id).Distinct().Count() : 0, policy.Id);
        }
    }
}
