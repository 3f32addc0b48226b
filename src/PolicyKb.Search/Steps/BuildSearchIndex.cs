using Lucene.Net.Index;
using Lucene.Net.Store;
using PolicyKb.Audiences;
using PolicyKb.Pipeline;
using PolicyKb.Search.Analysis;
using PolicyKb.Search.Export;
using PolicyKb.Search.Indexing;

namespace PolicyKb.Search.Steps;

/// <summary>
/// Writes the Lucene index of every section to <c>&lt;cache&gt;/search-index</c> (kept between builds, not
/// published; the CLI and the server search it) and publishes its static export under <c>search-index/</c> for the
/// search page. Runs after processing, so sections carry their linked defined terms. An incremental build whose
/// sections, glossary, audiences and search code are all as the cached index's (see
/// <see cref="SearchIndexWriter.Describe"/>) publishes the export kept beside that index instead of writing both again.
/// Runs in the background (see <see cref="FinishBefore"/>).
/// </summary>
public sealed class BuildSearchIndex : IBackgroundBuildStep
{
    /// <summary>The index folder inside the cache folder.</summary>
    public const string CacheFolder = "search-index";

    /// <summary>The export folder inside the output; the same as <see cref="Urls.SiteUrls.SearchIndex"/>.</summary>
    public const string OutputFolder = "search-index";

    public string Name => nameof(BuildSearchIndex);

    public BuildPhase Phase => BuildPhase.PostProcess;

    /// <summary>
    /// Nothing rendered depends on the index, so it is written beside the Output steps (its flush and export run on
    /// one core, the pages on the other) and only the link check waits for it.
    /// </summary>
    public BuildPhase FinishBefore => BuildPhase.Check;

    public static string IndexFolder(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(options.CacheDirectory, CacheFolder);
    }

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var folder = IndexFolder(context.Options);
        var fingerprint = InputFingerprint.Of(context.Options.InputDirectory);
        var sections = SectionCatalog.Of(context.KnowledgeBase, context.TryGet<AudienceRelevance>()).ToList();
        var description = SearchIndexWriter.Describe(context.KnowledgeBase, sections, fingerprint);
        var reused = context.Options.Incremental ? Reuse(folder, description, sections) : null;
        var files = reused ?? SearchIndexFolder.Replace(folder, (directory, path) =>
        {
            SearchIndexWriter.Write(sections, description, directory);
            using var reader = DirectoryReader.Open(directory);
            var exported = SearchIndexExporter.Export(reader, sections);
            ExportCache.Save(path, exported);
            return exported;
        });
        foreach (var file in files)
        {
            context.Output.Add(OutputFolder + "/" + file.Path, file.Content);
        }

        context.Set(new SearchIndexBuilt(folder, sections.Count, files.Length, files.Sum(f => (long)f.Content.Length), reused is not null));
    }

    /// <summary>
    /// The export of the index in <paramref name="folder"/> if that index has the content <paramref name="description"/>
    /// describes (exported now if its export is missing), else null. The index's note of the input it was built from is
    /// brought up to date, so that a search without a build does not think it stale.
    /// </summary>
    private static ImmutableArray<ExportedFile>? Reuse(string folder, IndexDescription description, IReadOnlyList<IndexedSection> sections)
    {
        if (description.Content.Length == 0 || !System.IO.Directory.Exists(folder))
        {
            return null;
        }

        try
        {
            using var directory = FSDirectory.Open(folder);
            if (!DirectoryReader.IndexExists(directory))
            {
                return null;
            }

            ImmutableArray<ExportedFile> files;
            IndexDescription cached;
            using (var reader = DirectoryReader.Open(directory))
            {
                cached = IndexDescription.FromCommitData(reader.IndexCommit.UserData);
                if (cached.Content != description.Content)
                {
                    return null;
                }

                if (ExportCache.TryLoad(folder) is { } kept)
                {
                    files = kept;
                }
                else
                {
                    files = SearchIndexExporter.Export(reader, sections);
                    ExportCache.Save(folder, files);
                }
            }

            if (cached.Fingerprint != description.Fingerprint)
            {
                NoteFingerprint(directory, description);
            }

            return files;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // Unreadable or damaged (CorruptIndexException is an IOException): write it again.
            return null;
        }
    }

    private static void NoteFingerprint(Lucene.Net.Store.Directory directory, IndexDescription description)
    {
        try
        {
            using var analyzer = new PolicyAnalyzer();
            using var writer = new IndexWriter(directory, new IndexWriterConfig(PolicyAnalyzer.Version, analyzer)
            {
                OpenMode = OpenMode.APPEND,
                MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            });
            writer.SetCommitData(description.ToCommitData());
            writer.Commit();
        }
        catch (IOException)
        {
            // Another process holds the index's write lock: the note stays as it was, which only costs a later
            // search without a build an unneeded rebuild.
        }
    }
}
