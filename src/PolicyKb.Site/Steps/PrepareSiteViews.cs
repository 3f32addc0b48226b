using PolicyKb.Audiences;
using PolicyKb.Changes;
using PolicyKb.Pipeline;
using PolicyKb.Site.Pages;
using PolicyKb.Views;

namespace PolicyKb.Site.Steps;

/// <summary>Assembles what every page builder needs (after the assets are published, since pages link to them).</summary>
public sealed class PrepareSiteViews : IBuildStep
{
    public string Name => nameof(PrepareSiteViews);

    public BuildPhase Phase => BuildPhase.Output;

    public void Execute(BuildContext context) =>
        context.Set(new SiteViews(context.KnowledgeBase, context.Get<AudienceRelevance>(), context.Get<ThemeAssetUrls>(), context.Get<ChangeSets>()));
}
