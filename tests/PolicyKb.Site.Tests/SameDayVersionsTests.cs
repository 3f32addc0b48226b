using AngleSharp.Html.Parser;
using PolicyKb.Pipeline;
using PolicyKb.Site;

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
        folder.File("input/site.yml", "title: History\nbase_url: https://history.example.org/\n");
        folder.File("input/audiences.yml", "- id: users\n  name: Users\n");
        folder.File("input/glossary.yml", "- id: meta-products\n  term: Meta Products\n  definition: The products Meta offers.\n  audiences: [users]\n  sources:\n    - document: ig\n");
        folder.File("input/policies/ig/policy.yml", "title: Instagram Privacy Policy\nkind: Privacy Policy\nservice: Instagram\naudiences: [users]\nlanguage: en\n");
        var recordings = Path.Combine(TestPaths.Corpus, "recordings", "Instagram", "Privacy Policy");
        // Real recordings of two wordings, given the times of one day.
        folder.Bytes("input/policies/ig/recordings/2025-07-16T00-00-00Z.md", File.ReadAllBytes(Path.Combine(recordings, "2025-07-02T12-33-03Z.md")));
        folder.Bytes("input/policies/ig/recordings/2025-07-16T12-00-00Z.md", File.ReadAllBytes(Path.Combine(recordings, "2025-07-16T00-32-15Z.md")));

        var (result, context) = SiteBuilder.Build(BuildOptions.For(Path.Combine(folder.Path, "input"), Path.Combine(folder.Path, "output")), publish: false);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));

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
