using PolicyKb.Enriching.Changes;
using PolicyKb.Model;
using PolicyKb.Site.Rendering;
using PolicyKb.Theme.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>
/// One page per section id of each policy, <c>/policies/&lt;id&gt;/sections/&lt;section-id&gt;/</c>: the versions in which
/// the section changed, each with the word diff of that section alone (the change pages' own diff). One page per
/// section id, not per version, keeps a history of hundreds of versions to as many pages as the policy has sections.
/// A policy with one version has no section histories: each would say only "first version", and on a corpus of
/// single-version documents they were most of the site's pages (2,300 of 2,900), each a file to write and deploy.
/// </summary>
public static class SectionHistoryPages
{
    public static IEnumerable<PageJob> Create(SiteViews views)
    {
        ArgumentNullException.ThrowIfNull(views);
        foreach (var policy in views.KnowledgeBase.Policies.Where(HasHistory))
        {
            var memos = views.KnowledgeBase.Memos.Where(m => m.PolicyIds.Contains(policy.Id)).ToList();
            foreach (var sectionId in views.SectionHistories.SectionIds(policy))
            {
                yield return Page(views, policy, sectionId, memos);
            }
        }
    }

    /// <summary>Whether the policy has section histories: more than one version.</summary>
    public static bool HasHistory(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Versions.Length > 1;
    }

    /// <summary>What each section of a version says about its past, for the version's page; null when the policy has one version.</summary>
    public static IReadOnlyDictionary<string, SectionHistoryNote>? Notes(SiteViews views, Policy policy, PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(version);
        if (!HasHistory(policy))
        {
            return null;
        }

        return version.Content.AllSections().ToDictionary(s => s.Id, s =>
        {
            var last = views.SectionHistories.LastChanged(version, s.Id);
            var text = last == policy.Versions[0]
                ? $"Wording unchanged since the first version, of {SiteViews.LongDate(last.FirstRecorded)}."
                : last == version ? "Wording changed in this version." : $"Wording last changed in the version of {SiteViews.LongDate(last.FirstRecorded)}.";
            return new SectionHistoryNote(text, SiteUrls.SectionHistory(policy.Id, s.Id));
        }, StringComparer.Ordinal);
    }

    private static PageJob Page(SiteViews views, Policy policy, string sectionId, List<Memo> memos)
    {
        var events = views.SectionHistories.Events(policy, sectionId);
        var newest = events[^1];
        var heading = HeadingOf(views, policy, sectionId);
        var inCurrent = policy.Current.Content.AllSections().Any(s => s.Id == sectionId);
        var status = inCurrent
            ? $"In the current version. {CurrentNote(views, policy, sectionId)}"
            : newest.Change is { Kind: SectionChangeKind.Removed }
                ? $"Removed in the version of {SiteViews.LongDate(newest.Version.FirstRecorded)}."
                : $"Not in the current version under this id; last seen in the version of {SiteViews.LongDate(LastWith(policy, sectionId).FirstRecorded)}.";
        var entries = events.Reverse().Select(e => Entry(policy, sectionId, e)).ToImmutableArray();
        var url = SiteUrls.SectionHistory(policy.Id, sectionId);
        var title = policy.Metadata.Title;
        var meta = new PageMeta(
            $"History of “{heading}” in the {title}",
            $"The versions of the {title} in which the section “{heading}” changed, with what changed in its words.",
            url,
            views.Absolute(url),
            SiteViews.Crumbs((title, SiteUrls.Policy(policy.Id)), ("History", SiteUrls.History(policy.Id)), (heading, null)),
            views.AudienceViews(url, SiteUrls.Audience, null),
            Source: new SourceNote(title, SiteViews.DateLabel(policy, policy.Current), policy.Metadata.SourceUrl, null),
            PageKind: "section-history",
            Feeds: [SiteViews.PolicyFeed(policy)]);
        var model = new SectionHistoryPageModel(policy, sectionId, heading, status, entries, Related(views, policy, sectionId));
        return new PageJob(typeof(SectionHistoryPage), views.Site, meta, model, views.Fingerprints?.ForPolicy(policy, memos));
    }

    private static string CurrentNote(SiteViews views, Policy policy, string sectionId)
    {
        var last = views.SectionHistories.LastChanged(policy.Current, sectionId);
        return last == policy.Versions[0]
            ? $"Its wording has not changed since the first version, of {SiteViews.LongDate(last.FirstRecorded)}."
            : $"Its wording last changed in the version of {SiteViews.LongDate(last.FirstRecorded)}.";
    }

    private static PolicyVersion LastWith(Policy policy, string sectionId) =>
        policy.Versions.Last(v => v.Content.AllSections().Any(s => s.Id == sectionId));

    private static SectionHistoryEntry Entry(Policy policy, string sectionId, SectionHistories.SectionEvent e)
    {
        var label = VersionDates.DistinctLabel(policy, e.Version);
        if (e.Change is not { } change)
        {
            return new SectionHistoryEntry("v-" + e.Version.Id, label, SiteUrls.Version(e.Version) + "#" + sectionId, "first version", null, null, null);
        }

        var sectionUrl = change.Newer is { } newer ? SiteUrls.Version(e.Comparison!.Newer) + "#" + newer.Id : SiteUrls.Version(e.Comparison!.Older) + "#" + change.Older!.Id;
        return new SectionHistoryEntry(
            "v-" + e.Version.Id,
            label,
            sectionUrl,
            SectionChangeLabels.Of(change),
            change.Kind == SectionChangeKind.Unchanged ? null : e.Comparison.Url + "#change-" + change.Id,
            change.Renamed && change.Older is { } older ? older.Heading : null,
            change);
    }

    /// <summary>The same section under another id: where its history continues after a change of id, or where it began before one.</summary>
    private static ImmutableArray<NavLink> Related(SiteViews views, Policy policy, string sectionId)
    {
        var earlier = views.SectionHistories.Events(policy, sectionId)
            .Select(e => e.Change?.Older?.Id).OfType<string>().Where(id => id != sectionId);
        var later = views.SectionHistories.SectionIds(policy).Where(id => id != sectionId
            && views.SectionHistories.Events(policy, id).Any(e => e.Change is { Older: { } o, Newer: not null } && o.Id == sectionId));
        return [.. earlier.Concat(later).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new NavLink(HeadingOf(views, policy, id), SiteUrls.SectionHistory(policy.Id, id)))];
    }

    private static string HeadingOf(SiteViews views, Policy policy, string sectionId) =>
        views.SectionHistories.Events(policy, sectionId)[^1] is var newest && newest.Change is { } change
            ? change.HeadingText
            : newest.Version.Content.AllSections().First(s => s.Id == sectionId).Heading;
}
