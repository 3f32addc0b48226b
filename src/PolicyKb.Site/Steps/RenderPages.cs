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
        var jobs = builders.SelectMany(build => build(views)).ToList();
        var incremental = context.TryGet<IncrementalRendering>();
        var toRender = incremental is null ? jobs : jobs.Where(job => !incremental.TryReuse(job, context.Output)).ToList();
        PageRenderQueue.RenderAll(toRender, context.Output, context.TryGet<ThemeComponents>());
        incremental?.CountRendered(toRender.Count);
        var rendered = context.TryGet<RenderedPages>() ?? new RenderedPages();
        rendered.Add(jobs.Select(j => (PageMeta)j.Parameters["Meta"]!));
        context.Set(rendered);
    }
}
