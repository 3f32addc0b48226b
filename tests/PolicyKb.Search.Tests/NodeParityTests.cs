using System.Globalization;
using PolicyKb.Search.Tests.Js;

namespace PolicyKb.Search.Tests;

/// <summary>The page's engine, run by Node on the static export, ranks every parity query exactly as Lucene does, with the same snippets and the same versions per hit.</summary>
public sealed class NodeParityTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    [Fact]
    public void Top_10_hits_their_scores_and_snippets_equal_Lucene_s_on_every_parity_query() => AssertParity(fixture.Site, ParityQueries.For(fixture.Site.KnowledgeBase));

    [Fact]
    public void Glossary_synonyms_rank_the_same()
    {
        using var site = SynonymTests.GlossarySite();
        AssertParity(site, [new("dpa "), new("dpa"), new("data processing agreement"), new("3rd party vendors"), new("third parties "), new("\"3rd party\" vendors")]);
    }

    [Fact]
    public void Searches_across_history_rank_the_same()
    {
        ParityCase[] cases = [new("keep", Archived: true), new("keep year delete", Archived: true), new("partners"), new("partners", Archived: true), new("information", Archived: true)];
        using (var site = HistorySearchTests.ThreeVersions())
        {
            AssertParity(site, cases);
        }

        using var recorded = new SearchSite(HistorySearchTests.RealRecordings());
        AssertParity(recorded, [.. cases, new("instagram data", Archived: true), new("\"third parties\"", Archived: true), new("delete account", "users", Archived: true)]);
    }

    private static void AssertParity(SearchSite site, IReadOnlyList<ParityCase> cases)
    {
        var results = NodeScript.Run("search.mjs", new { folder = site.ExportFolder, cases }).AsArray();

        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var lucene = site.Searcher.Search(new SearchRequest(cases[i].Q, cases[i].Audience, cases[i].Archived));
            var expected = lucene.Hits.Select(h => $"{h.Id} {h.Score.ToString("R", CultureInfo.InvariantCulture)} [{string.Join(' ', h.Versions)}]").ToList();
            var js = results[i]!;
            var ids = js["ids"]!.AsArray().Select(x => x!.GetValue<string>()).ToList();
            var scores = js["scores"]!.AsArray().Select(x => x!.GetValue<float>()).ToList();
            var versions = js["versions"]!.AsArray().Select(x => x!.GetValue<string>()).ToList();
            var actual = ids.Select((id, k) => $"{id} {scores[k].ToString("R", CultureInfo.InvariantCulture)} [{versions[k]}]").ToList();
            var expectedSnippets = lucene.Hits.Select(h => string.Concat(h.Snippet.Parts.Select(p => p.Highlighted ? $"[{p.Text}]" : p.Text))).ToList();
            var snippets = js["snippets"]!.AsArray().Select(x => x!.GetValue<string>()).ToList();
            if (!expectedSnippets.SequenceEqual(snippets))
            {
                var at = expectedSnippets.Zip(snippets).TakeWhile(p => p.First == p.Second).Count();
                mismatches.Add($"{cases[i]}: snippet {at} differs\n  lucene: {expectedSnippets.ElementAtOrDefault(at)}\n  script: {snippets.ElementAtOrDefault(at)}");
            }

            if (!expected.SequenceEqual(actual) || lucene.Total != js["total"]!.GetValue<int>())
            {
                mismatches.Add($"{cases[i]}\n  lucene ({lucene.Total}): {string.Join(" | ", expected)}\n  script ({js["total"]}): {string.Join(" | ", actual)}\n  plan: {string.Join(" ", js["plan"]!.AsArray())}\n  lucene plan: {string.Join(" ", site.Searcher.Plan(cases[i].Q).Clauses.Select(c => $"{c.Field}:{string.Join(' ', c.Terms)}@{string.Join(',', c.Positions)}^{c.Boost.ToString(CultureInfo.InvariantCulture)}"))}");
            }
        }

        mismatches.ShouldBeEmpty($"{mismatches.Count} of {cases.Count} queries rank differently:\n{string.Join("\n", mismatches.Take(10))}");
    }
}
