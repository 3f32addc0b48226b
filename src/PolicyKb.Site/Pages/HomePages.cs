using PolicyKb.Site.Rendering;
using PolicyKb.Theme.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>The home page, the list of memos and the 404 page.</summary>
public static class HomePages
{
    public const int RecentChangeCount = 10;

    public static IEnumerable<PageJob> Create(SiteViews views)
    {
        var knowledgeBase = views.KnowledgeBase;
        var audiences = knowledgeBase.Audiences.Select(a => new AudienceCard(
            a.Name,
            SiteUrls.Audience(a),
            a.Intro,
            [.. knowledgeBase.Policies.Where(p => views.Relevance.IsPrimary(a.Id, p.Id))
                .OrderBy(p => a.Documents.IndexOf(p.Id) is var i && i < 0 ? int.MaxValue : i)
                .Select(p => new NavLink(p.Metadata.Title, SiteUrls.AudiencePolicy(a, p.Id)))])).ToImmutableArray();
        var home = new HomePageModel(audiences, [.. knowledgeBase.Policies.Select(views.Card)], RecentChanges(views));
        var homeMeta = new PageMeta(
            knowledgeBase.Site.Title,
            knowledgeBase.Site.Description,
            SiteUrls.Home,
            views.Absolute(SiteUrls.Home),
            [],
            views.AudienceViews(SiteUrls.Home, SiteUrls.Audience, null),
            PageKind: "home");
        yield return new PageJob(typeof(HomePage), views.Site, homeMeta, home);

        var memos = new MemoListModel([.. knowledgeBase.Memos.Select(SiteViews.MemoLink)]);
        var memosMeta = new PageMeta(
            "Change memos",
            "Short analyses of changes to the policies: what changed, when, and why it matters.",
            SiteUrls.Memos,
            views.Absolute(SiteUrls.Memos),
            SiteViews.Crumbs(("Change memos", null)),
            views.AudienceViews(SiteUrls.Memos, SiteUrls.Audience, null),
            PageKind: "memos");
        yield return new PageJob(typeof(MemoListPage), views.Site, memosMeta, memos);

        var notFoundMeta = new PageMeta(
            "Page not found",
            "There is no page at this address.",
            SiteUrls.NotFound,
            views.Absolute(SiteUrls.NotFound),
            [],
            // No "read as" switcher: a missing page has no views, and its links would all lead to other pages.
            [],
            NoIndex: true,
            PageKind: "not-found");
        yield return new PageJob(typeof(NotFoundPage), views.Site, notFoundMeta);
    }

    /// <summary>The latest new versions and memos, for the home page.</summary>
    public static ImmutableArray<RecentChange> RecentChanges(SiteViews views) => [.. AllChanges(views).Take(RecentChangeCount)];

    /// <summary>New versions (a version with a predecessor) and memos, newest first.</summary>
    public static ImmutableArray<RecentChange> AllChanges(SiteViews views)
    {
        var versions = views.KnowledgeBase.Policies.SelectMany(p => p.Versions.Skip(1).Select(v =>
        {
            var change = views.Changes.For(p, v);
            return (Date: v.Date, Change: new RecentChange(
                SiteViews.LongDate(v.Date),
                v.DateSlug,
                "New version",
                $"{p.Metadata.Title}: {SiteViews.DateLabel(p, v)}",
                change?.Url ?? SiteUrls.Version(v),
                change?.Summary));
        }));
        var memos = views.KnowledgeBase.Memos.Select(m => (Date: m.Date, Change: new RecentChange(
            SiteViews.LongDate(m.Date), m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Memo", m.Title, SiteUrls.Memo(m.Id), m.Description)));
        return [.. versions.Concat(memos)
            .OrderByDescending(c => c.Date)
            .ThenBy(c => c.Change.Title, StringComparer.Ordinal)
            .Select(c => c.Change)];
    }
}
