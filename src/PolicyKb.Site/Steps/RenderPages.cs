using PolicyKb.Pipeline;
using PolicyKb.Site.Pages;
using PolicyKb.Site.Rendering;
using PolicyKb.Views;

namespace PolicyKb.Site.Steps;

/// <summary>Renders the pages a set of page builders describe, on all cores, and records them for the sitemap.</summary>
public sealed class RenderPages(string name, params Func<SiteViews, IEnumerable<PageJob>>[] builders) : IBuildStep
{
    public string Name => name;

    public BuildPhase Phase => BuildPhase.Output;

    public void Execute(BuildContext context)
    {
        var views = context.Get<SiteViews>();
        var rendered = context.TryGet<RenderedPages>() ?? new RenderedPages();
        PageRenderQueue.RenderAll(
            builders.SelectMany(build => build(views)), context.Output, context.TryGet<ThemeComponents>(),
            job => rendered.Add([(PageMeta)job.Parameters["Meta"]!]));
        context.Set(rendered);
    }
}
