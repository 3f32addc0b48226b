using PolicyKb.Enriching.Audiences;
using PolicyKb.Enriching.Terms;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Search.Export;
using PolicyKb.Search.Indexing;

namespace PolicyKb.Search.Steps;

/// <summary>
/// Writes the Lucene index of every section to <c>&lt;cache&gt;/search-index</c> in parts (see <see cref="PartedIndex"/>:
/// kept between builds, not published; the CLI and the server search it; a build writes only the parts whose sections
/// changed, and a full build also checks every part it keeps) and publishes its static export under <c>search-index/</c> for the
/// search page. Runs after processing, so sections carry their linked defined terms. An incremental build whose
/// sections, glossary, audiences and search code are all as the cached index's (see
/// <see cref="SearchIndexWriter.Describe(PolicyKb.Model.KnowledgeBase, ImmutableArray{IndexPart}, string)"/>) publishes the export kept beside that index instead of writing both again.
/// Runs in the background (see <see cref="FinishBefore"/>).
/// </summary>
public sealed class BuildSearchIndex : IBackgroundBuildStep
{
    /// <summary>The index folder inside the cache folder.</summary>
    public const string CacheFolder = "search-index";

    /// <summary>The export folder inside the output; the same as <see cref="Urls.SiteUrls.SearchIndex"/>.</summary>
    public const string OutputFolder = "search-index";

    public BuildPhase Phase => BuildPhase.PostProcess;

    /// <summary>The linked knowledge base: sections carry their defined terms, and their audiences when relevance was computed.</summary>
    public IReadOnlyList<Need> Needs { get; } = [Need.Required<LinkedKnowledgeBase>(), Need.Optional<AudienceRelevance>(), Need.Optional<InputFingerprints>()];

    public IReadOnlyList<Type> Makes { get; } = [typeof(SearchIndexBuilt)];

    /// <summary>
    /// Beyond this many sections, the index is written before the pages rather than beside them. Overlapping saves
    /// time but holds the rendered site and the index's export in memory at once: on the corpus copied ten times
    /// (27,000 sections) that took the build from 0.93 to 1.27 GB of memory. The corpus has about 2,700.
    /// </summary>
    public const int MaxSectionsBeside = 10_000;

    /// <summary>
    /// Nothing rendered depends on the index, so it is written beside the Output steps (its export runs on one core,
    /// the pages on the other) and only the link check waits for it; unless the knowledge base is so large that
    /// doing both at once would cost too much memory (see <see cref="MaxSectionsBeside"/>).
    /// </summary>
    public BuildPhase FinishBefore(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var knowledgeBase = context.Get<LinkedKnowledgeBase>().KnowledgeBase;
        var sections = knowledgeBase.Policies.SelectMany(p => p.Versions).Sum(v => v.Content.AllSections().Count())
            + knowledgeBase.Memos.Sum(m => m.Content.AllSections().Count());
        return sections > MaxSectionsBeside ? Phase : BuildPhase.Check;
    }

    public static string IndexFolder(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(options.CacheDirectory, CacheFolder);
    }

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var folder = IndexFolder(context.Options);
        // The listing the build's one walk of the input made, when the pipeline has it: the input as it was read.
        var fingerprint = context.TryGet<InputFingerprints>() is { } inputs
            ? InputFingerprint.Of(inputs.Files)
            : InputFingerprint.Of(context.Options.InputDirectory);
        var knowledgeBase = context.Get<LinkedKnowledgeBase>().KnowledgeBase;
        var sections = SectionCatalog.Of(knowledgeBase, context.TryGet<AudienceRelevance>()).ToList();
        var parts = IndexParts.Of(sections);
        var description = SearchIndexWriter.Describe(knowledgeBase, parts, fingerprint);
        var incremental = context.Options.Incremental;
        var reused = incremental ? Reuse(folder, description, parts, sections) : null;
        var partsWritten = 0;
        var files = reused ?? PartedIndex.Write(folder, sections, parts, description, (index, path) =>
        {
            var exported = SearchIndexExporter.Export(index.Reader, index.Description, sections);
            ExportCache.Save(path, description.Content, exported);
            return exported;
        }, verifyParts: !incremental, written: count => partsWritten = count);
        foreach (var file in files)
        {
            context.Output.Add(OutputFolder + "/" + file.Path, file.Content);
        }

        context.Set(new SearchIndexBuilt(folder, sections.Count, files.Length, files.Sum(f => (long)f.Content.Length), reused is not null, parts.Length, partsWritten));
    }

    /// <summary>
    /// The export of the index in <paramref name="folder"/> if that index has the content <paramref name="description"/>
    /// describes and its parts are all there (exported now if its export is missing), else null. The index's note of
    /// the input it was built from is brought up to date, so that a search without a build does not think it stale.
    /// </summary>
    private static ImmutableArray<ExportedFile>? Reuse(string folder, IndexDescription description, ImmutableArray<IndexPart> parts, IReadOnlyList<IndexedSection> sections)
    {
        if (description.Content.Length == 0 || !System.IO.Directory.Exists(folder))
        {
            return null;
        }

        try
        {
            // The content hash covers the parts' names and sizes: the same content lists the same parts.
            if (PartedIndex.ReadList(folder) is not { } listed || listed.Description.Content != description.Content
                || !PartedIndex.HasParts(folder, parts))
            {
                return null;
            }

            var files = ExportCache.TryLoad(folder, description.Content);
            if (files is null)
            {
                using var index = OpenedIndex.Open(folder);
                if (index.Description.Content != description.Content)
                {
                    return null; // replaced by a build of other input in between
                }

                files = SearchIndexExporter.Export(index.Reader, index.Description, sections);
                ExportCache.Save(folder, description.Content, files.Value);
            }

            if (listed.Description.Fingerprint != description.Fingerprint)
            {
                PartedIndex.UpdateDescription(folder, description);
            }

            return files;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            // Unreadable or damaged (CorruptIndexException is an IOException), or replaced in between by a build of
            // other input (its documents are not these sections): write it again.
            return null;
        }
    }
}
