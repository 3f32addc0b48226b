using PolicyKb.Site.Rendering;
using PolicyKb.Theme.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>
/// One compare page per policy with more than one version, <c>/policies/&lt;id&gt;/compare/?from=&amp;to=</c>: a static
/// page that compares the two chosen versions in the browser from their data files (<see cref="Steps.WriteVersionTexts"/>).
/// </summary>
public static class ComparePages
{
    public static IEnumerable<PageJob> Create(SiteViews views)
    {
        foreach (var policy in views.KnowledgeBase.Policies.Where(p => p.Versions.Length > 1))
        {
            // Versions that changed without a new effective date share a label: the day each was first recorded tells them apart.
            var labels = policy.Versions.ToDictionary(v => v.Id, v => SiteViews.DateLabel(policy, v), StringComparer.Ordinal);
            var shared = labels.Values.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            var choices = policy.Versions.Reverse()
                .Select(v => new CompareChoice(
                    v.Id,
                    shared.Contains(labels[v.Id]) ? $"{labels[v.Id]} (recorded {SiteViews.LongDate(v.FirstRecorded)})" : labels[v.Id],
                    v == policy.Current ? SiteUrls.Policy(policy.Id) : SiteUrls.Version(v),
                    SiteUrls.VersionText(policy.Id, v.Id)))
                .ToImmutableArray();
            var model = new ComparePageModel(policy.Metadata.Title, SiteUrls.Policy(policy.Id), choices, policy.Versions[^2].Id, policy.Current.Id);
            var url = SiteUrls.Compare(policy.Id);
            var meta = new PageMeta(
                $"Compare versions of the {policy.Metadata.Title}",
                $"Pick any two of the {policy.Versions.Length} versions of the {policy.Metadata.Title} and see what changed between them, section by section, word by word.",
                url,
                views.Absolute(url),
                SiteViews.Crumbs((policy.Metadata.Title, SiteUrls.Policy(policy.Id)), ("Compare versions", null)),
                views.AudienceViews(url, SiteUrls.Audience, null),
                PageKind: "compare");
            yield return new PageJob(typeof(ComparePage), views.Site, meta, model);
        }
    }
}
