using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyKb.Enriching.Changes;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using PolicyKb.Site.Compare;
using PolicyKb.Site.Pages;
using PolicyKb.Urls;

namespace PolicyKb.Site.Steps;

/// <summary>
/// Writes one small JSON file per version of every policy with more than one version, which the compare page fetches
/// two at a time: a comparison of any two of a hundred versions is made in the browser, so the site holds one file
/// per version instead of a page per pair. Sections carry their <see cref="SectionLineage"/> key.
/// </summary>
public sealed class WriteVersionTexts : IBuildStep
{
    private static readonly JsonSerializerOptions Options = new(CompareJson.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly CompareJson Json = new(Options);

    public BuildPhase Phase => BuildPhase.Output;

    /// <summary>The site's views: the knowledge base and the comparisons of consecutive versions.</summary>
    public IReadOnlyList<Need> Needs { get; } = [Need.Required<SiteViews>()];

    public IReadOnlyList<Type> Makes { get; } = [];

    public void Execute(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Get<SiteViews>();
        foreach (var policy in views.KnowledgeBase.Policies.Where(p => p.Versions.Length > 1))
        {
            var lineage = SectionLineage.Of(policy, views.ChangeSets.ForPolicy(policy.Id));
            foreach (var version in policy.Versions)
            {
                var text = Of(policy, version, lineage);
                context.Output.Add(SiteUrls.FileOf(SiteUrls.VersionText(policy.Id, version.Id)), JsonSerializer.SerializeToUtf8Bytes(text, Json.VersionText));
            }
        }
    }

    public static VersionText Of(Policy policy, PolicyVersion version, SectionLineage lineage)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(lineage);
        var sections = version.Content.AllSections()
            .Select(s => new SectionText(lineage.KeyOf(version.Id, s.Id), s.Id, s.Heading, s.Level, VersionComparer.TextOf(s.Blocks)))
            .ToImmutableArray();
        var url = version == policy.Current ? SiteUrls.Policy(policy.Id) : SiteUrls.Version(version);
        return new VersionText(policy.Id, version.Id, SiteViews.DateLabel(policy, version), url, VersionComparer.TextOf(version.Content.Preamble), sections);
    }
}
