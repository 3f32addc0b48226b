using System.Diagnostics;
using PolicyKb.Enriching.Audiences;
using PolicyKb.Enriching.Terms;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using PolicyKb.Publishing;
using PolicyKb.Search.Export;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Steps;
using PolicyKb.Site;
using PolicyKb.Tests;

namespace PolicyKb.Search.Bench;

/// <summary>
/// A site to measure on: built from an input folder with the site's own pipeline (or taken as already built), with
/// the text of every current section by URL, for judging hits, and the time the search index took to build.
/// </summary>
internal sealed class BenchSite
{
    private BenchSite(string name, string output, KnowledgeBase knowledgeBase, IReadOnlyList<IndexedSection> all, TimeSpan? indexBuild, TimeSpan indexRebuild, TimeSpan indexRebuildWriting)
    {
        Name = name;
        Output = output;
        KnowledgeBase = knowledgeBase;
        IndexBuild = indexBuild;
        IndexRebuild = indexRebuild;
        IndexRebuildWriting = indexRebuildWriting;
        var sections = all.Where(s => s.Current).ToList();
        TextByUrl = sections.ToDictionary(s => s.Url, s => s.Text, StringComparer.Ordinal);
        foreach (var page in sections.GroupBy(s => s.Url.Split('#')[0]))
        {
            TextByUrl.TryAdd(page.Key, string.Join("\n\n", page.Select(s => s.Text)));
        }

        Sections = sections.Count;
        AllSections = all.Count;
        IndexedCharacters = all.Sum(s => (long)s.Text.Length);
    }

    public string Name { get; }

    public string Output { get; }

    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The BuildSearchIndex step in the site build (index and export), when the benchmark built the site.</summary>
    public TimeSpan? IndexBuild { get; }

    /// <summary>Index and export again, warm, as a full build does (every part written, in a temporary folder).</summary>
    public TimeSpan IndexRebuild { get; }

    /// <summary>The part of <see cref="IndexRebuild"/> that Lucene.Net takes to write the index's parts (on all cores), before the export.</summary>
    public TimeSpan IndexRebuildWriting { get; }

    public Dictionary<string, string> TextByUrl { get; }

    /// <summary>The current sections, which the judged queries are about.</summary>
    public int Sections { get; }

    /// <summary>Every section our index holds: the current and archived versions' and the memos'.</summary>
    public int AllSections { get; }

    /// <summary>The characters of text of <see cref="AllSections"/>.</summary>
    public long IndexedCharacters { get; }

    public static BenchSite Prepare(string name, string input, string output, bool build)
    {
        var options = BuildOptions.For(input, output);
        TimeSpan? indexBuild = null;
        KnowledgeBase knowledgeBase;
        AudienceRelevance? relevance;
        if (build)
        {
            // No cache of an earlier run: the index is written whole, as on a fresh clone.
            if (Directory.Exists(options.CacheDirectory))
            {
                Directory.Delete(options.CacheDirectory, recursive: true);
            }

            // The link check is left out: it judges the documents, not the search, and the corpus has links it refuses.
            // The search index is timed on its own, between the Process and Output steps (in a real build it runs
            // beside the Output steps, which would slow it by an amount that depends on the pages, not the search).
            var context = new BuildContext(options);
            var steps = SitePipeline.Create(Path.Combine(TestPaths.Repository, "theme")).Steps.Where(s => s.Name != "CheckLinks").ToList();
            var processing = new BuildPipeline(steps.Where(s => s.Phase <= BuildPhase.Process));
            var result = processing.Run(context);
            if (result.Succeeded)
            {
                var stopwatch = Stopwatch.StartNew();
                new BuildSearchIndex().Execute(context);
                indexBuild = stopwatch.Elapsed;
                result = new BuildPipeline(steps.Where(s => s.Phase > BuildPhase.PostProcess), given: processing.Artifacts).Run(context);
            }

            if (result.Succeeded)
            {
                OutputPublisher.Publish(context.Output.Files, output);
            }
            else
            {
                throw new InvalidOperationException($"The {name} site does not build:\n{string.Join("\n", result.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).Take(20))}");
            }

            knowledgeBase = context.Get<LinkedKnowledgeBase>().KnowledgeBase;
            relevance = context.TryGet<AudienceRelevance>();
        }
        else
        {
            if (!File.Exists(Path.Combine(output, BuildSearchIndex.OutputFolder, SearchIndexExporter.ManifestFile)))
            {
                throw new InvalidOperationException($"{output} has no {BuildSearchIndex.OutputFolder}/{SearchIndexExporter.ManifestFile}: build it first, or let the benchmark build it.");
            }

            var context = new BuildContext(options);
            var result = new BuildPipeline(SitePipeline.Create().Steps.Where(s => s.Phase <= BuildPhase.Process)).Run(context);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            }

            knowledgeBase = context.Get<LinkedKnowledgeBase>().KnowledgeBase;
            relevance = context.TryGet<AudienceRelevance>();
        }

        // Again, warm, as a full build writes it: every part, then the export.
        // The sections as the build indexed them (with its audience relevance).
        var sections = SectionCatalog.Of(knowledgeBase, relevance).ToList();
        var again = Path.Combine(Path.GetTempPath(), $"policykb-bench-index-{Guid.NewGuid():N}", "search-index");
        var rebuild = Stopwatch.StartNew();
        var writing = TimeSpan.Zero;
        try
        {
            var parts = IndexParts.Of(sections);
            PartedIndex.Write(again, sections, parts, SearchIndexWriter.Describe(knowledgeBase, parts, ""),
                (index, _) =>
                {
                    writing = rebuild.Elapsed;
                    return SearchIndexExporter.Export(index.Reader, index.Description, sections);
                },
                verifyParts: true);
            rebuild.Stop();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(again)!, recursive: true);
        }

        return new BenchSite(name, output, knowledgeBase, sections, indexBuild, rebuild.Elapsed, writing);
    }
}
