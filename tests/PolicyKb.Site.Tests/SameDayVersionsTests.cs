using AngleSharp.Html.Parser;

namespace PolicyKb.Tests;

/// <summary>
/// Two wordings recorded on one day are two versions, 2025-07-16 and 2025-07-16-2. Every place that names a version
/// (term uses, the glossary's "used in" links, popovers, search) tells them apart by id, not by date.
/// </summary>
public sealed class SameDayVersionsTests
{
    [Fact]
    public void Two_versions_of_one_day_have_their_own_pages_term_links_and_glossary_places()
    {
        using var folder = new TempFolder();
        // Real recordings of two wordings, given the times of one day.
        var context = InstagramRecordings.Build(
            folder,
            [("2025-07-16T00-00-00Z.md", "2025-07-02T12-33-03Z.md"), ("2025-07-16T12-00-00Z.md", "2025-07-16T00-32-15Z.md")],
            glossary: "- id: meta-products\n  term: Meta Products\n  definition: The products Meta offers.\n  audiences: [users]\n  sources:\n    - document: ig\n");

        var policy = context.Get<PolicyKb.Enriching.Terms.LinkedKnowledgeBase>().KnowledgeBase.Policies.ShouldHaveSingleItem();
        policy.Versions.Select(v => v.Id).ShouldBe(["2025-07-16", "2025-07-16-2"]);
        var usage = context.Get<PolicyKb.Enriching.Terms.TermUsage>();
        policy.Versions.ShouldAllBe(v => usage.TermsIn(v).Contains("meta-products"));
        usage.PlacesOf("meta-products").Select(p => p.Place.VersionId).Distinct().ShouldBe(["2025-07-16", "2025-07-16-2"]);

        // The archived version's page carries its own popovers, and the glossary links to both versions' places.
        var archived = new HtmlParser().ParseDocument(context.Output.GetText("policies/ig/2025-07-16/index.html")!);
        archived.QuerySelectorAll("a[href^='/glossary/#meta-products']").ShouldNotBeEmpty();
        var glossary = context.Output.GetText("glossary/index.html")!;
        glossary.ShouldContain("/policies/ig/2025-07-16/#");
    }
}
