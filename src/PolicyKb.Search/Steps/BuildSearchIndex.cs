using Lucene.Net.Index;
using PolicyKb.Audiences;
using PolicyKb.Pipeline;
using PolicyKb.Search.Export;
using PolicyKb.Search.Indexing;

namespace PolicyKb.Search.Steps;

/// <summary>
/// Writes the Lucene index of every section to <c>&lt;cache&gt;/search-index</c> (kept between builds, not
/// published; the CLI and the server search it) and publishes its static export under <c>search-index/</c> for the
/// search page. Runs after processing, so sections carry their linked defined terms.
/// </summary>
public sealed class BuildSearchIndex : IBuildStep
{
    /// <summary>The index folder inside the cache folder.</summary>
    public const string CacheFolder = "search-index";

    /// <summary>The export folder inside the output; the same as <see cref="Urls.SiteUrls.SearchIndex"/>.</summary>
    public const string OutputFolder = "search-index";

    public string Name => nameof(BuildSearchIndex);

    public BuildPhase Phase => BuildPhase.PostProcess;

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
        var (sections, files) = SearchIndexFolder.Replace(folder, directory =>
        {
            var count = SearchIndexWriter.Write(context.KnowledgeBase, directory, fingerprint, context.TryGet<AudienceRelevance>());
            using var reader = DirectoryReader.Open(directory);
            return (count, SearchIndexExporter.Export(reader));
        });
        foreach (var file in files)
        {
            context.Output.Add(OutputFolder + "/" + file.Path, file.Content);
        }

        context.Set(new SearchIndexBuilt(folder, sections, files.Length, files.Sum(f => (long)f.Content.Length)));
    }
}
