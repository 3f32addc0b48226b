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
        var knowledgeBase = views.KnowledgeBase;
        var uses = TermUses.InCurrentVersions(knowledgeBase);
        var entries = knowledgeBase.Glossary.Terms
            .OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase)
            .Select(term => new GlossaryEntry(
                term.Id,
                term.Term,
                term.Definition,
                null,
                null,
                term.Aliases,
                [.. knowledgeBase.Audiences.Where(a => term.Audiences.Contains(a.Id)).Select(a => a.ShortName)],
                [.. term.Sources.Select(s => new NavLink(s, s))],
                uses.TryGetValue(term.Id, out var list)
                    ? [.. list.GroupBy(u => u.Policy).Select(g => new SectionGroup(
                        g.Key.Metadata.Title,
                        SiteUrls.Policy(g.Key.Id),
                        [.. g.Select(u => new SectionLink(u.Section.Heading, SiteUrls.Section(g.Key.Id, u.Section.Id), null))]))]
                    : []))
            .ToImmutableArray();
        var glossaryMeta = new PageMeta(
            "Glossary",
            "Every defined term of the policies, in plain words, with where each is defined and used.",
            SiteUrls.Glossary,
            views.Absolute(SiteUrls.Glossary),
            SiteViews.Crumbs(("Glossary", null)),
            views.AudienceViews(SiteUrls.Glossary, SiteUrls.Audience, null),
            PageKind: "glossary");
        yield return new PageJob(SiteUrls.Glossary, typeof(GlossaryPage), SiteViews.Parameters(views.Site, glossaryMeta, new GlossaryPageModel(entries)));

        var searchMeta = new PageMeta(
            "Search",
            "Search every section of the policies.",
            SiteUrls.Search,
            views.Absolute(SiteUrls.Search),
            SiteViews.Crumbs(("Search", null)),
            views.AudienceViews(SiteUrls.Search, SiteUrls.Audience, null),
            NoIndex: true,
            PageKind: "search");
        yield return new PageJob(SiteUrls.Search, typeof(SearchPage), SiteViews.Parameters(views.Site, searchMeta, new SearchPageModel(views.Site.Audiences, SiteUrls.SearchIndex)));
    }
}
