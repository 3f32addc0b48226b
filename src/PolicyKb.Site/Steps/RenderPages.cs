using System.Collections.Concurrent;
using PolicyKb.Pipeline;
using PolicyKb.Site.Incremental;
using PolicyKb.Site.Pages;
using PolicyKb.Site.Rendering;
using PolicyKb.Views;

namespace PolicyKb.Site.Steps;

/// <summary>
/// Renders the pages a set of page builders describe, on all cores, and makes the <typeparamref name="TPages"/> that
/// lists them for the sitemap. In an incremental build, a page whose fingerprint is unchanged is taken from the
/// previous output instead. The type runs as several steps, one per kind of pages, each with its own name.
/// </summary>
public sealed class RenderPages<TPages>(string name, params Func<SiteViews, IEnumerable<PageJob>>[] builders) : IBuildStep
    where TPages : RenderedPages, new()
{
    public string Name => name;

    public BuildPhase Phase => BuildPhase.Output;

    public IReadOnlyList<Need> Needs { get; } = [Need.Required<SiteViews>(), Need.Optional<ThemeComponents>(), Need.Optional<IncrementalRendering>()];

    public IReadOnlyList<Type> Makes { get; } = [typeof(TPages)];

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Get<SiteViews>();
        var incremental = context.TryGet<IncrementalRendering>();
        var pages = new ConcurrentQueue<PageMeta>();
        var renderedHere = 0;
        PageRenderQueue.RenderAll(
            builders.SelectMany(build => build(views)), context.Output, context.TryGet<ThemeComponents>(),
            (job, reused) =>
            {
                pages.Enqueue(job.Meta);
                if (!reused)
                {
                    Interlocked.Increment(ref renderedHere);
                }
            },
            incremental is null ? null : job => incremental.TryReuse(job, context.Output));
        incremental?.CountRendered(renderedHere);
        context.Set(new TPages { Pages = [.. pages.OrderBy(p => p.Url, StringComparer.Ordinal)] });
    }
}
