using PolicyKb.Pipeline;
using PolicyKb.Site.Incremental;
using PolicyKb.Site.Pages;
using PolicyKb.Site.Rendering;
using PolicyKb.Views;

namespace PolicyKb.Site.Steps;

/// <summary>
/// Renders the pages a set of page builders describe, on all cores, and records them for the sitemap. In an
/// incremental build, a page whose fingerprint is unchanged is taken from the previous output instead.
/// </summary>
public sealed class RenderPages(string name, params Func<SiteViews, IEnumerable<PageJob>>[] builders) : IBuildStep
{
    public string Name => name;

    public BuildPhase Phase => BuildPhase.Output;

    public void Execute(BuildContext context)
    {
        var views = context.Get<SiteViews>();
        var rendered = context.TryGet<RenderedPages>() ?? new RenderedPages();
        var incremental = context.TryGet<IncrementalRendering>();
        var renderedHere = 0;
        PageRenderQueue.RenderAll(
            builders.SelectMany(build => build(views)), context.Output, context.TryGet<ThemeComponents>(),
            (job, reused) =>
            {
                rendered.Add([(PageMeta)job.Parameters["Meta"]!]);
                if (!reused)
                {
                    Interlocked.Increment(ref renderedHere);
                }
            },
            incremental is null ? null : job => incremental.TryReuse(job, context.Output));
        incremental?.CountRendered(renderedHere);
        context.Set(rendered);
    }
}
