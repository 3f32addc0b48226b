using PolicyKb.Site.Rendering;
using PolicyKb.Theme.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>The glossary page and the search page.</summary>
public static class ReferencePages
{
    public static IEnumerable<PageJob> Create(SiteViews views)
    {
        var glossaryMeta = new PageMeta(
            "Glossary",
            "Every defined term of the policies, in plain words, with where each is defined and used.",
            SiteUrls.Glossary,
            views.Absolute(SiteUrls.Glossary),
            SiteViews.Crumbs(("Glossary", null)),
            views.AudienceViews(SiteUrls.Glossary, SiteUrls.Audience, null),
            PageKind: "glossary");
        yield return new PageJob(typeof(GlossaryPage), views.Site, glossaryMeta, GlossaryEntries.Create(views));

        var searchMeta = new PageMeta(
            "Search",
            "Search every section of the policies.",
            SiteUrls.Search,
            views.Absolute(SiteUrls.Search),
            SiteViews.Crumbs(("Search", null)),
            views.AudienceViews(SiteUrls.Search, SiteUrls.Audience, null),
            NoIndex: true,
            PageKind: "search");
        yield return new PageJob(typeof(SearchPage), views.Site, searchMeta, new SearchPageModel(views.Site.Audiences, SiteUrls.SearchIndex));
    }
}
