using System.Collections.Concurrent;
using PolicyKb.Pipeline;
using PolicyKb.Site.Rendering;
using PolicyKb.Urls;

namespace PolicyKb.Site.Incremental;

/// <summary>
/// Reuses the previous build's file for a page whose fingerprint has not changed, instead of rendering it again;
/// records every page's fingerprint for the next build. Pages without a fingerprint are always rendered. The previous
/// files are read from the previous output folder, or taken from <paramref name="previousFiles"/> when given (what
/// <c>serve</c> last published, kept in memory: see <see cref="Serving.LiveSite"/>).
/// </summary>
public sealed class IncrementalRendering(BuildManifest previous, string previousOutput, IReadOnlyDictionary<string, byte[]>? previousFiles = null)
{
    private readonly ConcurrentDictionary<string, string> _next = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _changed = new(StringComparer.Ordinal);
    private int _reused;
    private int _rendered;

    public int Reused => _reused;

    public int Rendered => _rendered;

    /// <summary>The pages with a fingerprint that were rendered again (new, or what they depend on changed), by URL, in order.</summary>
    public IReadOnlyList<string> RenderedAgain => [.. _changed.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Adds the previous file to the output when the page is unchanged; otherwise returns false.</summary>
    public bool TryReuse(PageJob job, OutputSet output)
    {
        if (job.Fingerprint is not { } fingerprint)
        {
            return false;
        }

        _next[job.Url] = fingerprint;
        if (!previous.Pages.TryGetValue(job.Url, out var before) || before != fingerprint)
        {
            _changed[job.Url] = true;
            return false;
        }

        if (previousFiles is not null)
        {
            if (!previousFiles.TryGetValue(SiteUrls.FileOf(job.Url), out var kept))
            {
                _changed[job.Url] = true;
                return false;
            }

            output.Add(SiteUrls.FileOf(job.Url), kept);
            Interlocked.Increment(ref _reused);
            return true;
        }

        var file = Path.Combine(previousOutput, SiteUrls.FileOf(job.Url).Replace('/', Path.DirectorySeparatorChar));
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            _changed[job.Url] = true;
            return false;
        }

        // The time is taken before the read: a file replaced in between has another time, and is compared when published.
        var written = info.LastWriteTimeUtc;
        output.AddUnchanged(SiteUrls.FileOf(job.Url), File.ReadAllBytes(file), written);
        Interlocked.Increment(ref _reused);
        return true;
    }

    public void CountRendered(int pages) => Interlocked.Add(ref _rendered, pages);

    public BuildManifest NextManifest()
    {
        var manifest = new BuildManifest();
        foreach (var (url, fingerprint) in _next)
        {
            manifest.Pages[url] = fingerprint;
        }

        return manifest;
    }
}
