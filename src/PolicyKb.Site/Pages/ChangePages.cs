using PolicyKb.Enriching.Changes;
using PolicyKb.Model;
using PolicyKb.Site.Rendering;
using PolicyKb.Theme.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>A "what changed" page for each pair of consecutive versions, and the list of all changes.</summary>
public static class ChangePages
{
    /// <summary>The one-line summary shown beside a version and in the feed.</summary>
    public static string OneLine(ChangeSummary summary)
    {
        var parts = new List<string>();
        if (summary.Changed > 0)
        {
            parts.Add($"{summary.Changed} section{(summary.Changed == 1 ? "" : "s")} changed");
        }

        if (summary.Added > 0)
        {
            parts.Add($"{summary.Added} added");
        }

        if (summary.Removed > 0)
        {
            parts.Add($"{summary.Removed} removed");
        }

        if (summary.Renamed + summary.Moved > 0)
        {
            parts.Add($"{summary.Renamed + summary.Moved} renamed or moved");
        }

        if (parts.Count == 0 && summary.WordsAdded + summary.WordsRemoved > 0)
        {
            // Words of section text are in the section counts: these are of the text before the first section (a
            // notice above the policy, a "we updated our policy" banner), which is no section but is a change.
            parts.Add("the text before the first section changed");
        }

        return parts.Count == 0 ? "no change in wording" : string.Join(", ", parts) + $"; {summary.WordsAdded:N0} words added, {summary.WordsRemoved:N0} removed";
    }

    /// <summary>Links each version to the page of the change that led to it.</summary>
    public static ChangeLinks Links(ChangeSets changes) => new((policy, version) =>
        changes.Into(version) is { } comparison ? (comparison.Url, OneLine(comparison.Summary)) : null);

    /// <summary>
    /// The change a memo describes: the one into the latest version of the memo's policy dated on or before the
    /// memo (a memo is written after the change it reports, often once the new text is in effect).
    /// </summary>
    public static IEnumerable<(Memo Memo, VersionComparison Change)> MemoChanges(KnowledgeBase knowledgeBase, ChangeSets changes) =>
        knowledgeBase.Memos.SelectMany(memo => memo.PolicyIds
            .Select(id => changes.ForPolicy(id).Where(c => c.Newer.Date <= memo.Date).MaxBy(c => c.Newer.Date))
            .OfType<VersionComparison>()
            .Select(change => (memo, change)));

    public static IEnumerable<PageJob> Create(SiteViews views, ChangeSets changes)
    {
        var knowledgeBase = views.KnowledgeBase;
        var memoChanges = MemoChanges(knowledgeBase, changes).ToList();
        foreach (var comparison in changes.Comparisons)
        {
            var policy = knowledgeBase.FindPolicy(comparison.PolicyId)!;
            var olderLabel = SiteViews.LongDate(comparison.Older.Date);
            var newerLabel = SiteViews.LongDate(comparison.Newer.Date);
            var model = new ChangePageModel(
                policy,
                comparison,
                olderLabel,
                newerLabel,
                SiteUrls.Version(comparison.Older),
                SiteUrls.Version(comparison.Newer),
                Terms(knowledgeBase, comparison.Summary.TermsAppeared),
                Terms(knowledgeBase, comparison.Summary.TermsDisappeared),
                [.. memoChanges.Where(m => m.Change == comparison).Select(m => SiteViews.MemoLink(m.Memo))]);
            var url = comparison.Url;
            var meta = new PageMeta(
                $"What changed in the {policy.Metadata.Title}: {olderLabel} to {newerLabel}",
                $"The {policy.Metadata.Title} of {newerLabel} compared with {olderLabel}: {OneLine(comparison.Summary)}.",
                url,
                views.Absolute(url),
                SiteViews.Crumbs((policy.Metadata.Title, SiteUrls.Policy(policy.Id)), ($"Changes {olderLabel} → {newerLabel}", null)),
                views.AudienceViews(url, SiteUrls.Audience, null),
                Source: new SourceNote(policy.Metadata.Title, SiteViews.DateLabel(policy, comparison.Newer), policy.Metadata.SourceUrl, null),
                OpenGraphType: "article",
                PageKind: "change",
                Feeds: [SiteViews.PolicyFeed(policy)]);
            yield return new PageJob(typeof(ChangePage), views.Site, meta, model,
                views.Fingerprints?.ForPolicy(policy, knowledgeBase.Memos.Where(m => m.PolicyIds.Contains(policy.Id))));
        }

        var all = HomePages.AllChanges(views);
        var listMeta = new PageMeta(
            "What changed",
            "Every new version of the policies with what changed, and every memo about a change.",
            SiteUrls.Changes,
            views.Absolute(SiteUrls.Changes),
            SiteViews.Crumbs(("What changed", null)),
            views.AudienceViews(SiteUrls.Changes, SiteUrls.Audience, null),
            PageKind: "changes");
        yield return new PageJob(typeof(ChangeListPage), views.Site, listMeta, new ChangeListModel(all));
    }

    private static ImmutableArray<NavLink> Terms(KnowledgeBase knowledgeBase, ImmutableArray<string> ids) =>
        [.. ids.Select(id => new NavLink(knowledgeBase.Glossary.Find(id)?.Term ?? id, SiteUrls.Term(id)))];
}
