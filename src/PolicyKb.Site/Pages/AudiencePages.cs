using PolicyKb.Model;
using PolicyKb.Site.Rendering;
using PolicyKb.Theme.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>Each audience's landing page: its documents first, then the sections of other documents that concern it.</summary>
public static class AudiencePages
{
    public static IEnumerable<PageJob> Create(SiteViews views)
    {
        var knowledgeBase = views.KnowledgeBase;
        foreach (var audience in knowledgeBase.Audiences)
        {
            var firstReads = knowledgeBase.Policies
                .Where(p => views.Relevance.IsPrimary(audience.Id, p.Id))
                .OrderBy(p => audience.Documents.IndexOf(p.Id) is var i && i < 0 ? int.MaxValue : i)
                .Select(p => views.Card(p) with { Url = SiteUrls.AudiencePolicy(audience, p.Id) })
                .ToImmutableArray();
            var groups = knowledgeBase.Policies
                .Where(p => !views.Relevance.IsPrimary(audience.Id, p.Id))
                .Select(p => Group(views, audience, p))
                .Where(g => !g.Sections.IsEmpty)
                .OrderBy(g => audience.SectionRules.Select(r => r.Document).ToList().IndexOf(g.DocumentUrl.Split('/')[^2]))
                .ToImmutableArray();
            var memos = MemosFor(views, audience).Select(SiteViews.MemoLink).ToImmutableArray();
            var terms = knowledgeBase.Glossary.Terms
                .Where(t => t.IsLinked && t.Audiences.Contains(audience.Id))
                .Select(t => new NavLink(t.Term, SiteUrls.Term(t.Id)))
                .ToImmutableArray();
            var model = new AudiencePageModel(audience.Id, audience.Name, audience.Intro, firstReads, groups, memos, terms);
            var url = SiteUrls.Audience(audience);
            var meta = new PageMeta(
                $"For {audience.NameInSentence}",
                audience.Intro,
                url,
                views.Absolute(url),
                SiteViews.Crumbs((audience.ShortName, null)),
                views.AudienceViews(SiteUrls.Home, SiteUrls.Audience, audience.Id),
                audience.Id,
                PageKind: "audience",
                Feeds: [SiteViews.AudienceFeed(audience)]);
            yield return new PageJob(typeof(AudiencePage), views.Site, meta, model);
        }
    }

    /// <summary>The memos an audience's page lists (and its feed holds): all of them if it reads memos, else those about the documents it reads first.</summary>
    public static IEnumerable<Memo> MemosFor(SiteViews views, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(audience);
        return views.KnowledgeBase.Memos.Where(m => audience.IncludesMemos || m.PolicyIds.Any(id => views.Relevance.IsPrimary(audience.Id, id)));
    }

    /// <summary>The topmost relevant sections of a document's current version (a relevant section's subsections are not listed again).</summary>
    private static SectionGroup Group(SiteViews views, Audience audience, Policy policy)
    {
        var relevant = views.Relevance.Sections(audience.Id, policy.Current);
        var links = new List<SectionLink>();
        Collect(policy.Current.Content.Sections);
        return new SectionGroup(policy.Metadata.Title, SiteUrls.AudiencePolicy(audience, policy.Id), [.. links]);

        void Collect(ImmutableArray<Section> sections)
        {
            foreach (var section in sections)
            {
                if (relevant.Contains(section.Id))
                {
                    var text = PlainText.ProseOf(section.Blocks);
                    links.Add(new SectionLink(section.Heading, SiteUrls.AudiencePolicy(audience, policy.Id) + "#" + section.Id, text.Length == 0 ? null : SiteViews.Excerpt(text, 160)));
                }
                else
                {
                    Collect(section.Children);
                }
            }
        }
    }
}
