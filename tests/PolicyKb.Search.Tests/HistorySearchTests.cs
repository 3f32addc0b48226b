using PolicyKb.Model;
using PolicyKb.Search.Indexing;
using PolicyKb.Tests;

namespace PolicyKb.Search.Tests;

/// <summary>
/// Search across a policy's history: a section that is the same in many versions is one hit that names them, archived
/// versions are searched only on request, and current text ranks first.
/// </summary>
public sealed class HistorySearchTests
{
    private const string Sharing = "## How we share\n\nWe share your information with partners who help us run the service.\n";

    /// <summary>
/// Three versions: the sharing section never changes; the retention section changes, then returns to its first wording
/// (the last version also adds a section, so that it is a version of its own).
/// </summary>
    internal static SearchSite ThreeVersions()
    {
        using var input = new TempFolder();
        input.File("site.yml", "title: Tiny\nbase_url: http://localhost/\nlanguage: en\n");
        input.File("audiences.yml", "- id: everyone\n  name: Everyone\n");
        input.File("policies/privacy/policy.yml", "title: Privacy Policy\nkind: Privacy Policy\naudiences: [everyone]\nlanguage: en\n");
        input.File("policies/privacy/2024-01-01.md", $"# Privacy Policy\n\n{Sharing}\n## Retention\n\nWe keep your information for ninety days.\n");
        input.File("policies/privacy/2024-06-01.md", $"# Privacy Policy\n\n{Sharing}\n## Retention\n\nWe keep your information for one year, then delete it.\n");
        input.File("policies/privacy/2025-01-01.md", $"# Privacy Policy\n\n{Sharing}\n## Retention\n\nWe keep your information for ninety days.\n\n## Contact\n\nWrite to our privacy office.\n");
        return new SearchSite(SearchSite.Load(input.Path));
    }

    [Fact]
    public void A_section_unchanged_in_every_version_is_one_hit_naming_them_all()
    {
        using var site = ThreeVersions();
        var hits = site.Searcher.Search(new SearchRequest("partners", IncludeArchived: true)).Hits;

        var hit = hits.ShouldHaveSingleItem();
        hit.Current.ShouldBeTrue();
        hit.Url.ShouldBe("/policies/privacy/#how-we-share");
        hit.Versions.ShouldBe(["2024-01-01", "2024-06-01", "2025-01-01"]);
        hit.VersionSpan.ShouldBe("in 3 versions: 2024-01-01 to 2025-01-01");
    }

    [Fact]
    public void A_wording_that_returns_is_one_hit_and_the_one_between_is_its_own_archived_hit()
    {
        using var site = ThreeVersions();
        var hits = site.Searcher.Search(new SearchRequest("keep", IncludeArchived: true)).Hits;

        hits.Select(h => (h.Id, h.Current, string.Join(' ', h.Versions))).ShouldBe(
        [
            ("policy/privacy/2025-01-01#retention", true, "2024-01-01 2025-01-01"),
            ("policy/privacy/2024-06-01#retention", false, "2024-06-01"),
        ]);
        hits[1].Url.ShouldBe("/policies/privacy/2024-06-01/#retention");
        hits[1].VersionSpan.ShouldBeNull();
    }

    [Fact]
    public void Archived_text_is_searched_only_on_request_and_ranks_after_current_text_even_when_it_scores_higher()
    {
        using var site = ThreeVersions();
        site.Searcher.Search(new SearchRequest("delete")).Hits.ShouldBeEmpty();

        // "keep year delete" matches the archived retention section three times over, the current one only by "keep".
        var hits = site.Searcher.Search(new SearchRequest("keep year delete", IncludeArchived: true)).Hits;
        hits.Select(h => h.Current).ShouldBe([true, false]);
        hits[1].Score.ShouldBeGreaterThan(hits[0].Score);
    }

    /// <summary>
    /// Seven real recordings of Instagram's Privacy Policy: three versions, a return to an earlier wording, and three
    /// rejected recordings that are no version at all.
    /// </summary>
    internal static KnowledgeBase RealRecordings()
    {
        using var input = new TempFolder();
        input.File("site.yml", "title: History\nbase_url: http://localhost/\nlanguage: en\n");
        input.File("audiences.yml", "- id: users\n  name: Users\n");
        input.File("policies/instagram-privacy/policy.yml", "title: Instagram Privacy Policy\nkind: Privacy Policy\nservice: Instagram\naudiences: [users]\nlanguage: en\n");
        var recordings = Path.Combine(TestPaths.Corpus, "recordings", "Instagram", "Privacy Policy");
        foreach (var file in new[] { "2025-06-16T12-32-23Z.md", "2025-06-21T00-31-25Z.md", "2025-06-25T17-17-32Z.md", "2025-07-16T00-32-15Z.md", "2025-08-08T00-33-09Z.md", "2025-09-19T00-33-09Z.md", "2025-11-14T00-41-08Z.md" })
        {
            input.Bytes($"policies/instagram-privacy/recordings/{file}", File.ReadAllBytes(Path.Combine(recordings, file)));
        }

        return SearchSite.Load(input.Path);
    }

    [Fact]
    public void The_catalog_of_real_recordings_indexes_each_wording_of_a_section_once()
    {
        var knowledgeBase = RealRecordings();
        var policy = knowledgeBase.Policies.ShouldHaveSingleItem();
        policy.Versions.Select(v => v.Id).ShouldBe(["2025-06-16", "2025-07-16", "2025-09-19"]);
        var catalog = SectionCatalog.Of(knowledgeBase).ToList();

        // Every section of every version is in exactly one entry, and no two entries hold the same wording.
        var everySection = SectionCatalog.Of(knowledgeBase).Sum(s => s.Versions.Length);
        var perVersion = policy.Versions.Sum(v => v.Content.AllSections().Count(s => PlainText.OfBlocks(s.Blocks).Length > 0) + (PlainText.OfBlocks(v.Content.Preamble).Length > 0 ? 1 : 0));
        everySection.ShouldBe(perVersion);
        catalog.GroupBy(s => (s.Url[(s.Url.IndexOf('#', StringComparison.Ordinal) + 1)..], s.Heading, s.Text)).ShouldAllBe(g => g.Count() == 1);

        // Most sections did not change between these three versions: the index holds far fewer entries than sections.
        var unchanged = catalog.Count(s => s.Versions.Length == 3);
        unchanged.ShouldBeGreaterThan(catalog.Count / 2, $"{unchanged} of {catalog.Count} entries are the same in all three versions");
        catalog.Where(s => s.Versions.Length == 3).ShouldAllBe(s => s.Current);

        using var site = new SearchSite(knowledgeBase);
        var hits = site.Searcher.Search(new SearchRequest("information", IncludeArchived: true, Limit: 1000)).Hits;
        hits.Select(h => h.Current).ShouldBe(hits.Select(h => h.Current).OrderByDescending(c => c));
        hits.ShouldContain(h => h.Current && h.Versions.Length == 3);
        hits.ShouldContain(h => !h.Current);
    }
}
