using Xunit.Abstractions;

namespace PolicyKb.Search.Tests.Relevance;

/// <summary>The judged dev queries find a relevant section in the top 5 at least 9 times in 10, overall and for each audience.</summary>
public sealed class DevQueryRelevanceTests(SeedSiteFixture fixture, ITestOutputHelper output) : IClassFixture<SeedSiteFixture>
{
    [Fact]
    public void Success_at_5_is_at_least_0_9_overall_and_per_audience()
    {
        var ranks = new List<(string Audience, int? Rank)>();
        foreach (var (q, audience, relevant) in ParityQueries.DevQueries())
        {
            var hits = fixture.Site.Searcher.Search(new SearchRequest(q, Limit: 10, IncludeText: true)).Hits;
            var rank = RelevanceJudge.FirstRelevantRank(hits.Select(h => h.Text!), relevant);
            ranks.Add((audience, rank));
            output.WriteLine($"{rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",2}  {q}  →  {string.Join(" | ", hits.Take(3).Select(h => h.Id))}");
        }

        foreach (var group in ranks.GroupBy(r => r.Audience).Prepend(ranks.GroupBy(_ => "all").Single()))
        {
            var success = group.Count(r => r.Rank <= 5) / (double)group.Count();
            var mrr = group.Sum(r => r.Rank is { } k ? 1.0 / k : 0) / group.Count();
            output.WriteLine($"{group.Key}: success@5 {success:0.000}, MRR@10 {mrr:0.000}");
            success.ShouldBeGreaterThanOrEqualTo(0.9, group.Key);
        }
    }
}
