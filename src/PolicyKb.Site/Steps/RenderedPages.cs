using PolicyKb.Views;

namespace PolicyKb.Site.Steps;

/// <summary>
/// The pages one render step rendered, with their metadata, ordered by URL, for the sitemap. Each render step makes
/// its own kind (see <see cref="RenderPages{TPages}"/>), so that every artifact is written once.
/// </summary>
public abstract class RenderedPages
{
    public ImmutableArray<PageMeta> Pages { get; init; } = [];
}
