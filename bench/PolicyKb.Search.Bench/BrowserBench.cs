using System.Text.Json;
using Microsoft.Playwright;
using PolicyKb.Search.Tests;
using PolicyKb.Search.Tests.Relevance;

namespace PolicyKb.Search.Bench;

/// <summary>
/// Measures a search engine in Chromium on a served site: bytes downloaded (as sent, gzip) for a first query in a
/// fresh browser and for a second one after it, query time in the page (from the call to the hits with their text
/// ready to show), and the relevance of its top hits on the judged dev queries.
/// </summary>
internal sealed class BrowserBench(IBrowser browser, string baseUrl)
{
    /// <summary>Our engine: the page's engine.js on the site's search-index/, hits with their snippets.</summary>
    public const string Ours = """
        async (scripts) => {
          window.bench = {
            async run(q) {
              const { SearchIndex } = await import(scripts + 'engine.js');
              this.index ??= await SearchIndex.open(location.origin + '/search-index/manifest.json');
              const result = await this.index.search(q, { limit: 10 });
              const hits = await Promise.all(result.hits.map((h) => this.index.details(h, result.plan)));
              return hits.map((h) => h.url);
            },
          };
        }
        """;

    /// <summary>Pagefind's JavaScript API: its top 10 pages with their data, the sections (sub-results) in order.</summary>
    public const string Pagefind = """
        async () => {
          window.bench = {
            async run(q) {
              this.pagefind ??= await import(location.origin + '/pagefind/pagefind.js');
              const search = await this.pagefind.search(q);
              const pages = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
              return pages.flatMap((p) => (p.sub_results?.length ? p.sub_results.map((s) => s.url) : [p.url])).slice(0, 10);
            },
          };
        }
        """;

    private const string Run = """
        async (q) => {
          const start = performance.now();
          const urls = await window.bench.run(q);
          return { ms: performance.now() - start, urls };
        }
        """;

    public async Task<EngineFigures> MeasureAsync(
        string engine, string setup, object? setupArgument, BenchSite site, IReadOnlyList<string> timedQueries,
        TimeSpan indexBuild, TimeSpan indexBuildWarm, TimeSpan? indexWritingWarm, (long Files, long Bytes) indexSize)
    {
        var dev = ParityQueries.DevQueries();

        // Bytes: a fresh browser (empty cache) runs the first dev query, then the second.
        long first;
        long second;
        await using (var session = await Session.OpenAsync(browser, baseUrl, setup, setupArgument))
        {
            first = await session.BytesOfAsync(dev[0].Q);
            second = await session.BytesOfAsync(dev[1].Q);
        }

        var firstBytes = new List<long>();
        foreach (var (q, _, _) in dev)
        {
            await using var fresh = await Session.OpenAsync(browser, baseUrl, setup, setupArgument);
            firstBytes.Add(await fresh.BytesOfAsync(q));
        }

        // Time and relevance: one page, warmed by one query, then every query once, as a reader would type them.
        var times = new List<double>();
        var repeated = new List<double>();
        var slowest = new List<(double Ms, string Q)>();
        var ranks = new List<(string Audience, int? Rank)>();
        await using (var session = await Session.OpenAsync(browser, baseUrl, setup, setupArgument))
        {
            await session.RunAsync(dev[0].Q);
            foreach (var (q, audience, relevant) in dev)
            {
                var (ms, urls) = await session.RunAsync(q);
                times.Add(ms);
                slowest.Add((ms, q));
                ranks.Add((audience, RelevanceJudge.FirstRelevantRank(urls.Select(u => TextOf(site, u)), relevant)));
            }

            foreach (var q in timedQueries)
            {
                var ms = (await session.RunAsync(q)).Ms;
                times.Add(ms);
                slowest.Add((ms, q));
            }

            // Again, with every file already downloaded: the time the engine itself takes.
            foreach (var q in dev.Select(d => d.Q).Concat(timedQueries))
            {
                repeated.Add((await session.RunAsync(q)).Ms);
            }
        }

        times.Sort();
        repeated.Sort();
        Console.Error.WriteLine($"[{site.Name}] {engine}: slowest queries: {string.Join("; ", slowest.OrderByDescending(x => x.Ms).Take(8).Select(x => $"{x.Q.Trim()} {x.Ms:0.0} ms"))}");
        var relevance = ranks.GroupBy(r => r.Audience).Prepend(ranks.GroupBy(_ => "all").Single())
            .ToDictionary(g => g.Key, g => (
                Success: g.Count(r => r.Rank <= 5) / (double)g.Count(),
                Mrr: g.Sum(r => r.Rank is { } k ? 1.0 / k : 0) / g.Count(),
                Queries: g.Count()));
        return new EngineFigures(
            engine, indexBuild, indexBuildWarm, indexWritingWarm, indexSize.Files, indexSize.Bytes, first, second, firstBytes.Average(), firstBytes.Max(),
            Percentile(times, 0.5), Percentile(times, 0.95), Percentile(repeated, 0.5), Percentile(repeated, 0.95), times.Count, relevance);
    }

    /// <summary>The text a hit stands for: its section's, or for a hit on a whole page, the page's.</summary>
    private static string TextOf(BenchSite site, string url) =>
        site.TextByUrl.TryGetValue(Uri.UnescapeDataString(url), out var text) ? text : "";

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>A browser context on the empty bench page with the engine set up, counting what it downloads.</summary>
    private sealed class Session : IAsyncDisposable
    {
        private readonly IBrowserContext _context;
        private readonly IPage _page;
        private readonly List<IRequest> _requests = [];

        private Session(IBrowserContext context, IPage page)
        {
            _context = context;
            _page = page;
            page.RequestFinished += (_, request) =>
            {
                lock (_requests)
                {
                    _requests.Add(request);
                }
            };
        }

        public static async Task<Session> OpenAsync(IBrowser browser, string baseUrl, string setup, object? argument)
        {
            var context = await browser.NewContextAsync(new() { IgnoreHTTPSErrors = true });
            var page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl + "/bench/");
            var session = new Session(context, page);
            await page.EvaluateAsync(setup, argument);
            return session;
        }

        public async Task<(double Ms, IReadOnlyList<string> Urls)> RunAsync(string q)
        {
            var result = await _page.EvaluateAsync<JsonElement>(Run, q);
            return (result.GetProperty("ms").GetDouble(), [.. result.GetProperty("urls").EnumerateArray().Select(u => u.GetString()!)]);
        }

        /// <summary>Runs a query and returns the bytes of the responses it caused (bodies as sent).</summary>
        public async Task<long> BytesOfAsync(string q)
        {
            lock (_requests)
            {
                _requests.Clear();
            }

            await RunAsync(q);
            await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            List<IRequest> requests;
            lock (_requests)
            {
                requests = [.. _requests];
            }

            long total = 0;
            foreach (var request in requests)
            {
                total += (await request.SizesAsync()).ResponseBodySize;
            }

            return total;
        }

        public async ValueTask DisposeAsync() => await _context.CloseAsync();
    }
}
