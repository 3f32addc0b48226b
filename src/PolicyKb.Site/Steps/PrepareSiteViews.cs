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
    public BuildPhase Phase => BuildPhase.Output;

    public IReadOnlyList<Need> Needs { get; } =
    [
        Need.Required<LinkedKnowledgeBase>(),
        Need.Required<AudienceRelevance>(),
        Need.Required<ThemeAssetUrls>(),
        Need.Required<ChangeSets>(),
        Need.Required<TermUsage>(),
        Need.Optional<InputFingerprints>(),
        Need.Optional<ThemeComponents>(),
    ];

    public IReadOnlyList<Type> Makes { get; } = [typeof(SiteViews)];

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var knowledgeBase = context.Get<LinkedKnowledgeBase>().KnowledgeBase;
        var assets = context.Get<ThemeAssetUrls>();
        var fingerprints = context.TryGet<InputFingerprints>() is { } inputs
            ? new PageFingerprints(inputs, knowledgeBase, assets, context.TryGet<ThemeComponents>())
            : null;
        context.Set(new SiteViews(knowledgeBase, context.Get<AudienceRelevance>(), assets, context.Get<ChangeSets>(), fingerprints, context.Get<TermUsage>()));
    }
}
