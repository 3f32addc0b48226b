using PolicyKb.Views;

namespace PolicyKb.Site.Steps;

/// <summary>Every page rendered so far with its metadata, for the sitemap.</summary>
public sealed class RenderedPages
{
    private readonly List<PageMeta> _pages = [];

    public IReadOnlyList<PageMeta> Pages
    {
        get
        {
            lock (_pages)
            {
                return [.. _pages.OrderBy(p => p.Url, StringComparer.Ordinal)];
            }
        }
    }

    public void Add(IEnumerable<PageMeta> pages)
    {
        lock (_pages)
        {
            _pages.AddRange(pages);
        }
    }
}
