using PolicyKb.Model;
using PolicyKb.Site.Rendering;
using PolicyKb.Theme.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>
/// The pages of each policy: the current version at <c>/policies/&lt;id&gt;/</c>, every version at its permanent dated
/// address, and each interested audience's view of the current version.
/// </summary>
public static class PolicyPages
{
    public static IEnumerable<PageJob> Create(SiteViews views)
    {
        foreach (var policy in views.KnowledgeBase.Policies)
        {
            yield return Page(views, policy, policy.Current, SiteUrls.Policy(policy.Id), audience: null);
            foreach (var version in policy.Versions)
            {
                yield return Page(views, policy, version, SiteUrls.Version(version), audience: null);
            }

            foreach (var audience in views.KnowledgeBase.Audiences.Where(a => views.Relevance.Concerns(a.Id, policy.Current)))
            {
                yield return Page(views, policy, policy.Current, SiteUrls.AudiencePolicy(audience, policy.Id), audience);
            }
        }
    }

    private static PageJob Page(SiteViews views, Policy policy, PolicyVersion version, string url, Audience? audience)
    {
        var isCurrent = version == policy.Current;
        var dateLabel = SiteViews.DateLabel(policy, version);
        var audienceView = audience is null ? null : new AudienceView(
            audience.Id, audience.ShortName, audience.Name, views.Relevance.Sections(audience.Id, version), views.Relevance.IsPrimary(audience.Id, policy.Id));
        var versions = policy.Versions.Reverse().Select(v =>
        {
            var change = views.Changes.For(policy, v);
            return new VersionLink(SiteViews.LongDate(v.Date), v.DateSlug, v == policy.Current ? SiteUrls.Policy(policy.Id) : SiteUrls.Version(v),
                v == policy.Current, v == version, change?.Url, change?.Summary);
        }).ToImmutableArray();
        var memos = views.KnowledgeBase.Memos.Where(m => m.PolicyIds.Contains(policy.Id)).Select(SiteViews.MemoLink).ToImmutableArray();
        var sectionAudiences = version.Content.AllSections().ToDictionary(
            s => s.Id, s => views.Relevance.AudiencesOf(version, s.Id).ToImmutableArray(), StringComparer.Ordinal);
        var model = new PolicyPageModel(policy, version, isCurrent, dateLabel, versions, memos, Toc(version.Content.Sections), audienceView, sectionAudiences, SiteUrls.Policy(policy.Id))
        {
            SectionHistory = SectionHistoryPages.Notes(views, policy, version),
        };

        var title = policy.Metadata.Title + (isCurrent && url == SiteUrls.Policy(policy.Id) ? "" : isCurrent ? "" : $" ({SiteViews.LongDate(version.Date)})")
            + (audience is null || policy.Metadata.Title.Contains(audience.ShortName, StringComparison.OrdinalIgnoreCase) ? "" : $" for {audience.ShortNameInSentence}");
        // The current version is one document with several addresses: its dated and audience addresses point
        // search engines to /policies/<id>/. An archived version is its own document.
        var canonical = views.Absolute(isCurrent ? SiteUrls.Policy(policy.Id) : SiteUrls.Version(version));
        var crumbs = audience is not null
            ? SiteViews.Crumbs((audience.ShortName, SiteUrls.Audience(audience)), (policy.Metadata.Title, null))
            : url == SiteUrls.Policy(policy.Id)
                ? SiteViews.Crumbs((policy.Metadata.Title, null))
                : SiteViews.Crumbs((policy.Metadata.Title, SiteUrls.Policy(policy.Id)), (SiteViews.LongDate(version.Date), null));
        var audienceViews = views.AudienceViews(
            isCurrent ? SiteUrls.Policy(policy.Id) : url,
            a => isCurrent && views.Relevance.Concerns(a.Id, policy.Current) ? SiteUrls.AudiencePolicy(a, policy.Id) : SiteUrls.Audience(a),
            audience?.Id);
        var description = policy.Metadata.Summary ?? SiteViews.Excerpt(PlainText.ProseOf(version.Content.Preamble.Concat(version.Content.AllSections().Take(1).SelectMany(s => s.Blocks))));
        var meta = new PageMeta(
            title,
            description,
            url,
            canonical,
            crumbs,
            audienceViews,
            audience?.Id,
            new SourceNote(policy.Metadata.Title, dateLabel, policy.Metadata.SourceUrl, version.SourcePath),
            "article",
            PageKind: "policy",
            Terms: views.TermTips(version),
            Feeds: audience is null ? [SiteViews.PolicyFeed(policy)] : [SiteViews.PolicyFeed(policy), SiteViews.AudienceFeed(audience)]);
        return new PageJob(typeof(PolicyPage), views.Site, meta, model,
            views.Fingerprints?.ForPolicy(policy, views.KnowledgeBase.Memos.Where(m => m.PolicyIds.Contains(policy.Id))));
    }

    private static ImmutableArray<TocEntry> Toc(ImmutableArray<Section> sections) =>
        [.. sections.Select(s => new TocEntry(s.Id, s.Heading, s.Level >= 3 ? [] : Toc(s.Children)))];
}
