using PolicyKb.Site.Rendering;
using PolicyKb.Theme.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>One page per memo, linked to the policies it is about and to the change it describes when the site has it.</summary>
public static class MemoPages
{
    public static IEnumerable<PageJob> Create(SiteViews views)
    {
        foreach (var memo in views.KnowledgeBase.Memos)
        {
            var policies = memo.PolicyIds.Select(id => views.KnowledgeBase.FindPolicy(id)!)
                .Select(p => new NavLink(p.Metadata.Title, SiteUrls.Policy(p.Id)))
                .ToImmutableArray();
            var changes = memo.PolicyIds.Select(id => views.KnowledgeBase.FindPolicy(id)!)
                .SelectMany(p => p.Versions.Skip(1).Where(v => memo.Dates.Contains(v.Date))
                    .Select(v => (Policy: p, Version: v, Change: views.Changes.For(p, v))))
                .Where(c => c.Change is not null)
                .Select(c => new NavLink($"{c.Policy.Metadata.Title}: what changed on {SiteViews.LongDate(c.Version.Date)}", c.Change!.Value.Url))
                .ToImmutableArray();
            var model = new MemoPageModel(memo, SiteViews.LongDate(memo.Date), policies, changes);
            var url = SiteUrls.Memo(memo.Id);
            var meta = new PageMeta(
                memo.Title,
                memo.Description ?? SiteViews.Excerpt(Model.PlainText.OfBlocks(memo.Content.Preamble)),
                url,
                views.Absolute(url),
                SiteViews.Crumbs(("Change memos", SiteUrls.Memos), (memo.Title, null)),
                views.AudienceViews(url, SiteUrls.Audience, null),
                OpenGraphType: "article",
                PageKind: "memo");
            yield return new PageJob(url, typeof(MemoPage), SiteViews.Parameters(views.Site, meta, model));
        }
    }
}
