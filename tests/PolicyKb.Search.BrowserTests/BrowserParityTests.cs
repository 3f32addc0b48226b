using System.Globalization;
using System.Text.Json;
using PolicyKb.Search.Tests;

namespace PolicyKb.Search.BrowserTests;

/// <summary>In Chromium, on the built site, the page's engine ranks every parity query exactly as Lucene does.</summary>
[Collection(SearchSiteCollection.Name)]
public sealed class BrowserParityTests(SearchSiteFixture site)
{
    private const string RunQueries = """
        async ({ scripts, cases }) => {
          const { SearchIndex } = await import(scripts + 'engine.js');
          const index = await SearchIndex.open(new URL('/search-index/manifest.json', location.href).href);
          const results = [];
          for (const c of cases) {
            const result = await index.search(c.q, { audience: c.audience, archived: c.archived, limit: 10 });
            const details = await Promise.all(result.hits.map((hit) => index.details(hit, result.plan)));
            results.push({ total: result.total, hits: details.map((d, i) => d.id + ' ' + result.hits[i].score) });
          }
          return results;
        }
        """;

    [Fact]
    public async Task Top_10_hits_and_scores_equal_Lucene_s_for_every_parity_query()
    {
        var cases = ParityQueries.For(site.KnowledgeBase);
        var (page, problems) = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/search/");

        var results = await page.EvaluateAsync<JsonElement>(RunQueries, new
        {
            scripts = site.ScriptsUrl,
            cases = cases.Select(c => new { q = c.Q, audience = c.Audience, archived = c.Archived }),
        });

        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var lucene = site.Searcher.Search(new SearchRequest(cases[i].Q, cases[i].Audience, cases[i].Archived));
            var expected = lucene.Hits.Select(h => h.Id + " " + h.Score.ToString("R", CultureInfo.InvariantCulture)).ToList();
            var actual = results[i].GetProperty("hits").EnumerateArray().Select(h => Normalize(h.GetString()!)).ToList();
            if (!expected.SequenceEqual(actual) || lucene.Total != results[i].GetProperty("total").GetInt32())
            {
                mismatches.Add($"{cases[i]}\n  lucene: {string.Join(" | ", expected)}\n  page:   {string.Join(" | ", actual)}");
            }
        }

        mismatches.ShouldBeEmpty($"{mismatches.Count} of {cases.Count} queries rank differently in the browser:\n{string.Join("\n", mismatches.Take(10))}");
        problems.ShouldBeEmpty();
    }

    // JavaScript prints a float32 score as the shortest double that reads back as it; C# prints the shortest float.
    private static string Normalize(string hit)
    {
        var space = hit.LastIndexOf(' ');
        var score = (float)double.Parse(hit[(space + 1)..], CultureInfo.InvariantCulture);
        return hit[..space] + " " + score.ToString("R", CultureInfo.InvariantCulture);
    }
}
