using PolicyKb.Enriching.Audiences;
using PolicyKb.Enriching.Changes;
using PolicyKb.Enriching.Terms;
using PolicyKb.Pipeline;
using PolicyKb.Reading;
using PolicyKb.Site.Incremental;
using PolicyKb.Site.Pages;
using PolicyKb.Site.Rendering;
using PolicyKb.Views;

namespace PolicyKb.Site.Steps;

/// <summary>Assembles what every page builder needs (after the assets are published, since pages link to them).</summary>
public sealed class PrepareSiteViews : IBuildStep
{
    public string Name => nameof(PrepareSiteViews);

    public BuildPhase Phase => BuildPhase.Output;

    public void Execute(BuildContext context)
    {
        var assets = context.Get<ThemeAssetUrls>();
        var fingerprints = context.TryGet<InputFingerprints>() is { } inputs
            ? new PageFingerprints(inputs, context.KnowledgeBase, assets, context.TryGet<ThemeComponents>())
            : null;
        context.Set(new SiteViews(context.KnowledgeBase, context.Get<AudienceRelevance>(), assets, context.Get<ChangeSets>(), fingerprints, context.TryGet<TermUsage>()));
    }
}
