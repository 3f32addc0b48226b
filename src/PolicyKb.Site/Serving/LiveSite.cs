using PolicyKb.Pipeline;
using PolicyKb.Publishing;
using PolicyKb.Search.Steps;
using PolicyKb.Site.Incremental;
using PolicyKb.Site.Rendering;

namespace PolicyKb.Site.Serving;

/// <summary>
/// The site as <c>serve</c> keeps it between rebuilds: what it last published, in memory, so that a rebuild after
/// an edit reuses unchanged pages without reading them from disk and writes only the files that changed, in place
/// (<see cref="OutputPublisher.PublishInPlace"/>), instead of publishing the whole site again to a new folder.
/// A rebuild is cut in two, so that the open page reloads as soon as the pages are written:
/// <list type="number">
/// <item><see cref="RebuildPages"/>: the build without the search index (every other step, the link check
/// included), published in place; the caller then reloads the open pages;</item>
/// <item><see cref="RebuildSearchIndex"/>: the search index of that same build (its Lucene parts and the static
/// export), published in place under <c>search-index/</c>, the export's manifest last.</item>
/// </list>
/// Policies and files that did not change are taken from the last build's read, link and comparisons
/// (<see cref="RebuildCaches"/>).
/// Between the two, the search page and <c>/api/search</c> answer from the previous build's index. <c>build</c>
/// publishes with <see cref="SiteBuilder"/>, all or nothing.
/// </summary>
public sealed class LiveSite
{
    private static readonly string SearchFolder = BuildSearchIndex.OutputFolder + "/";
    private readonly BuildOptions _options;
    private readonly BuildPipeline _pages;
    private readonly BuildPipeline _search;
    private readonly Lock _gate = new();
    private Dictionary<string, byte[]> _pagesPublished;
    private Dictionary<string, byte[]> _searchPublished;
    private BuildManifest _manifest;
    private readonly RebuildCaches _caches;

    // The output folder's own time after this process last published to it: another time means another build has
    // replaced or changed it since (a `policykb build` to the same folder), and the next rebuild publishes it whole.
    private DateTime _outputStamp;

    /// <summary>
    /// Takes over the site <paramref name="built"/> published to <paramref name="options"/>' output folder (the first
    /// build of <c>serve</c>, by <see cref="SiteBuilder.Build"/>, given <paramref name="caches"/> to fill).
    /// </summary>
    public LiveSite(BuildOptions options, string? themeDirectory, BuildContext built, RebuildCaches caches)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(built);
        ArgumentNullException.ThrowIfNull(caches);
        _options = options;
        _caches = caches;
        var steps = SitePipeline.Create(themeDirectory).Steps;
        _pages = new BuildPipeline(steps.Where(s => s is not BuildSearchIndex));
        _search = new BuildPipeline(steps.OfType<BuildSearchIndex>(), given: _pages.Artifacts);
        var files = built.Output.Files;
        _pagesPublished = files.Where(f => !IsSearch(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        _searchPublished = files.Where(f => IsSearch(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        _manifest = built.Get<IncrementalRendering>().NextManifest();
        _outputStamp = Stamp();
    }

    /// <summary>
    /// How many policy reads, version links and version comparisons the rebuilds so far took from the caches instead
    /// of doing them again.
    /// </summary>
    public (int Policies, int Versions, int Comparisons) Reused => (_caches.Reads.Reused, _caches.Links.Reused, _caches.Comparisons.Reused);

    /// <summary>Runs the build without its search index and, when it succeeds, publishes the files that changed.</summary>
    public LivePages RebuildPages(ThemeComponents? components)
    {
        lock (_gate)
        {
            var context = new BuildContext(_options);
            if (components is not null)
            {
                context.Set(components);
            }

            _caches.AddTo(context);
            var incremental = new IncrementalRendering(_manifest, _options.OutputDirectory, _pagesPublished);
            context.Set(incremental);
            var result = _pages.Run(context);
            if (!result.Succeeded)
            {
                return new LivePages(result, context, 0, 0, 0);
            }

            var publishing = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                var files = context.Output.Files;
                int written, deleted;
                if (Stamp() == _outputStamp)
                {
                    (_pagesPublished, written, deleted) = OutputPublisher.PublishInPlace(files, _options.OutputDirectory, _pagesPublished, key => !IsSearch(key));
                }
                else
                {
                    // Not the folder this process published: all of it again, with the search export it last published.
                    OutputPublisher.Publish([.. files.Concat(_searchPublished).OrderBy(f => f.Key, StringComparer.Ordinal)], _options.OutputDirectory);
                    _pagesPublished = files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
                    (written, deleted) = (files.Count, 0);
                }

                _outputStamp = Stamp();
                _manifest = incremental.NextManifest();
                _manifest.Save(_options.CacheDirectory);
                return new LivePages(SiteBuilder.WithPublishTime(result, publishing.Elapsed), context, incremental.Rendered, written, deleted);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new LivePages(SiteBuilder.PublishFailed(result, context, "the site", e), context, 0, 0, 0);
            }
        }
    }

    /// <summary>
    /// Writes the search index of the build <paramref name="pages"/> published and publishes its export in place.
    /// Call it after <see cref="RebuildPages"/>, at most one at a time: it writes the index parts in the cache folder.
    /// </summary>
    public BuildResult RebuildSearchIndex(LivePages pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var context = pages.Context;
        var result = _search.Run(context);
        if (!result.Succeeded)
        {
            return result;
        }

        lock (_gate)
        {
            try
            {
                var manifest = SearchFolder + Search.Export.SearchIndexExporter.ManifestFile;
                (_searchPublished, _, _) = OutputPublisher.PublishInPlace(context.Output.Files, _options.OutputDirectory, _searchPublished, IsSearch, key => key == manifest);
                _outputStamp = Stamp();
                return result;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return SiteBuilder.PublishFailed(result, context, "the search index", e);
            }
        }
    }

    private DateTime Stamp() => Directory.Exists(_options.OutputDirectory) ? Directory.GetLastWriteTimeUtc(_options.OutputDirectory) : DateTime.MinValue;

    private static bool IsSearch(string key) => key.StartsWith(SearchFolder, StringComparison.Ordinal);
}

/// <summary>
/// A rebuild of the pages by <see cref="LiveSite.RebuildPages"/>: its result, its context (for the search index after
/// it), how many pages it rendered again (the others were unchanged) and how many files it wrote and deleted.
/// </summary>
public sealed record LivePages(BuildResult Result, BuildContext Context, int Rendered, int Written, int Deleted);
