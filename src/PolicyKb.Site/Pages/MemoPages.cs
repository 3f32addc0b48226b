using PolicyKb.Enriching.Changes;
using PolicyKb.Site.Rendering;
using PolicyKb.Theme.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>One page per memo, linked to the policies it is about and to the change it describes (see <see cref="ChangePages.MemoChanges"/>).</summary>
public static class MemoPages
{
    public static IEnumerable<PageJob> Create(SiteViews views, ChangeSets changeSets)
    {
        var memoChanges = ChangePages.MemoChanges(views.KnowledgeBase, changeSets).ToList();
        foreach (var memo in views.KnowledgeBase.Memos)
        {
            var policies = memo.PolicyIds.Select(id => views.KnowledgeBase.FindPolicy(id)!)
                .Select(p => new NavLink(p.Metadata.Title, SiteUrls.Policy(p.Id)))
                .ToImmutableArray();
            var changes = memoChanges.Where(m => m.Memo == memo)
                .Select(m => new NavLink(
                    $"{views.KnowledgeBase.FindPolicy(m.Change.PolicyId)!.Metadata.Title}: {SiteViews.LongDate(m.Change.Older.Date)} → {SiteViews.LongDate(m.Change.Newer.Date)}",
                    m.Change.Url))
                .ToImmutableArray();
            var model = new MemoPageModel(memo, SiteViews.LongDate(memo.Date), policies, changes);
            var url = SiteUrls.Memo(memo.Id);
            var meta = new PageMeta(
                memo.Title,
                memo.Description ?? SiteViews.Excerpt(Model.PlainText.ProseOf(memo.Content.Preamble)),
                url,
                views.Absolute(url),
                SiteViews.Crumbs(("Change memos", SiteUrls.Memos), (memo.Title, null)),
                views.AudienceViews(url, SiteUrls.Audience, null),
                OpenGraphType: "article",
                PageKind: "memo",
                Terms: views.TermTips(memo));
            yield return new PageJob(typeof(MemoPage), views.Site, meta, model,
                views.Fingerprints?.ForMemo(memo, memo.PolicyIds.Select(id => views.KnowledgeBase.FindPolicy(id)!)));
        }
    }
}
