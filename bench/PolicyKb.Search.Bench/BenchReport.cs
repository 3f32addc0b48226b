using System.Globalization;
using System.Text;

namespace PolicyKb.Search.Bench;

/// <summary>Prints the benchmark's figures, ours beside Pagefind's, one column pair per site.</summary>
internal static class BenchReport
{
    public static string Render(IReadOnlyList<(BenchSite Site, EngineFigures Ours, EngineFigures Pagefind)> figures, string browserVersion)
    {
        var rows = new List<(string Label, Func<EngineFigures, BenchSite, string> Value)>
        {
            ("index build time", (f, s) => Ms(f.IndexBuild.TotalMilliseconds)),
            ("  the same, warm (run again)", (f, s) => Ms(f.IndexBuildWarm.TotalMilliseconds)),
            ("  of which Lucene.Net writes the index", (f, s) => f.IndexWritingWarm is { } writing ? Ms(writing.TotalMilliseconds) : "-"),
            ("index on disk: files / bytes", (f, s) => $"{f.IndexFiles:N0} / {Kb(f.IndexBytes)}"),
            ("1st query, bytes (gzip, with script)", (f, s) => Kb(f.FirstQueryBytes)),
            ("2nd query, bytes (gzip)", (f, s) => Kb(f.SecondQueryBytes)),
            ("1st query bytes, mean / max of dev queries", (f, s) => $"{Kb((long)f.MeanFirstQueryBytes)} / {Kb(f.MaxFirstQueryBytes)}"),
            ("query time in page, median", (f, s) => Ms(f.MedianMs)),
            ("query time in page, p95", (f, s) => Ms(f.P95Ms)),
            ("  the same, files cached: median", (f, s) => Ms(f.CachedMedianMs)),
            ("  the same, files cached: p95", (f, s) => Ms(f.CachedP95Ms)),
        };
        foreach (var audience in figures[0].Ours.Relevance.Keys)
        {
            rows.Add(($"success@5, {audience} ({figures[0].Ours.Relevance[audience].Queries} q)", (f, s) => f.Relevance.TryGetValue(audience, out var r) ? r.Success.ToString("0.000", CultureInfo.InvariantCulture) : "-"));
        }

        foreach (var audience in figures[0].Ours.Relevance.Keys)
        {
            rows.Add(($"MRR@10, {audience}", (f, s) => f.Relevance.TryGetValue(audience, out var r) ? r.Mrr.ToString("0.000", CultureInfo.InvariantCulture) : "-"));
        }

        var header = new List<string> { "" };
        foreach (var (site, ours, _) in figures)
        {
            header.Add($"{site.Name}: ours");
            header.Add($"{site.Name}: Pagefind");
        }

        var table = new List<List<string>> { header };
        foreach (var (label, value) in rows)
        {
            var row = new List<string> { label };
            foreach (var (site, ours, pagefind) in figures)
            {
                row.Add(value(ours, site));
                row.Add(value(pagefind, site));
            }

            table.Add(row);
        }

        var widths = Enumerable.Range(0, header.Count).Select(c => table.Max(r => r[c].Length)).ToList();
        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"Search benchmark: Chromium {browserVersion}, {Environment.ProcessorCount} cores, served from 127.0.0.1 over HTTP/2 with gzip; Pagefind 1.6.0 over the same pages; load average {LoadAverage()}.");
        foreach (var (site, ours, _) in figures)
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"  {site.Name}: {site.KnowledgeBase.Policies.Length} policies, {site.KnowledgeBase.Memos.Length} memos, {site.Sections} current sections ({site.AllSections} with archived versions, {site.IndexedCharacters / 1024.0:N0} K characters, which our index holds; Pagefind's holds the current ones); {ours.TimedQueries} timed queries (dev queries and generated ones).");
        }

        builder.AppendLine();
        foreach (var row in table)
        {
            builder.AppendLine(string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
        }

        builder.AppendLine();
        builder.AppendLine("Index build time: ours is the BuildSearchIndex step of a site build in this (just started) process, index (every part, on all cores) and export, timed on its own between the Process and Output steps; warm, the same again as a full build writes it, and of that the time Lucene.Net takes to write the index's parts (analysis and inversion, both cores busy), before the export reads them. Pagefind's is its command, started from npm's wrapper, over the copied pages; warm, run again at once.");
        builder.AppendLine("Query time: from the call to the top 10 hits ready to show (ours: with snippets; Pagefind: with their data), each query once as typed into a page warmed by one query, downloading what it needs; then all again with everything downloaded.");
        builder.AppendLine("Relevance: a hit is relevant when its section's text (a page's, for a hit on a whole page) contains one of the query's judged snippets; no audience filter.");
        return builder.ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    private static string Ms(double ms) => ms.ToString(ms < 100 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";
}
