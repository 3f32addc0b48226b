using System.Text.Json;
using PolicyKb.Pipeline;
using PolicyKb.Site.Data;
using PolicyKb.Site.Pages;
using PolicyKb.Urls;

namespace PolicyKb.Site.Steps;

/// <summary>
/// Writes the knowledge base as data, one file per policy (<c>/data/policies/&lt;id&gt;.json</c>), so that researchers
/// can use every version, section and recording without scraping the pages.
/// </summary>
public sealed class WritePolicyData : IBuildStep
{
    public BuildPhase Phase => BuildPhase.Output;

    public IReadOnlyList<Need> Needs { get; } = [Need.Required<SiteViews>()];

    public IReadOnlyList<Type> Makes { get; } = [];

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Get<SiteViews>();
        Parallel.ForEach(views.KnowledgeBase.Policies, policy =>
            context.Output.Add(SiteUrls.FileOf(SiteUrls.PolicyData(policy.Id)), JsonSerializer.SerializeToUtf8Bytes(PolicyDataBuilder.Of(views, policy), PolicyDataJson.Default.PolicyData)));
    }
}
