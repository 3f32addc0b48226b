using PolicyKb.Importing.History;
using PolicyKb.Model;
using PolicyKb.Site.Rendering;
using PolicyKb.Theme.Pages;
using PolicyKb.Urls;
using PolicyKb.Views;

namespace PolicyKb.Site.Pages;

/// <summary>
/// A timeline per policy, <c>/policies/&lt;id&gt;/history/</c>: every version with its dates and the size of its change
/// (read from the comparisons the change pages show), its re-recordings and the recordings set aside, folded but each
/// with its reason and its own anchor, the memos about the policy, and a chart of change size over time.
/// </summary>
public static class HistoryPages
{
    public static IEnumerable<PageJob> Create(SiteViews views)
    {
        ArgumentNullException.ThrowIfNull(views);
        foreach (var policy in views.KnowledgeBase.Policies)
        {
            yield return Page(views, policy);
        }
    }

    private static PageJob Page(SiteViews views, Policy policy)
    {
        var title = policy.Metadata.Title;
        var entries = policy.Versions.Select(v => Entry(views, policy, v)).ToList();
        var changes = policy.Versions.Zip(entries)
            .Where(p => p.Second.ChangesUrl is not null)
            .Select(p => new ChangeChartLayout.Change(p.First.FirstRecorded, p.Second.WordsAdded, p.Second.WordsRemoved,
                $"{VersionDates.DistinctLabel(policy, p.First)}: {p.Second.WordsAdded:N0} words added, {p.Second.WordsRemoved:N0} removed",
                p.Second.ChangesUrl!))
            .ToList();
        var rejected = policy.Recordings.Where(r => r.Fate == RecordingFate.Rejected).OrderBy(r => r.RecordedAt)
            .Select(r => Entry(r, Capitalized(RejectionReasons.Describe(r.Reason!.Value)), r.Detail)).ToImmutableArray();
        var memosAbout = views.KnowledgeBase.Memos.Where(m => m.PolicyIds.Contains(policy.Id)).ToList();
        var model = new HistoryPageModel(
            policy,
            Summary(policy),
            [.. entries.AsEnumerable().Reverse()],
            rejected,
            rejected.IsEmpty ? null : RejectedSummary(policy),
            [.. memosAbout.OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).Select(SiteViews.MemoLink)],
            ChangeChartLayout.Of(changes, "the " + title));

        var url = SiteUrls.History(policy.Id);
        var meta = new PageMeta(
            $"History of the {title}",
            $"Every version of the {title} since it was first recorded, with what changed in each, and the recordings set aside.",
            url,
            views.Absolute(url),
            SiteViews.Crumbs((title, SiteUrls.Policy(policy.Id)), ("History", null)),
            views.AudienceViews(url, SiteUrls.Audience, null),
            Source: new SourceNote(title, SiteViews.DateLabel(policy, policy.Current), policy.Metadata.SourceUrl, null),
            PageKind: "history",
            Feeds: [SiteViews.PolicyFeed(policy)]);
        return new PageJob(typeof(HistoryPage), views.Site, meta, model, views.Fingerprints?.ForHistory(policy, memosAbout));
    }

    private static HistoryEntry Entry(SiteViews views, Policy policy, PolicyVersion version)
    {
        var comparison = views.ChangeSets.Into(version);
        var summary = comparison?.Summary;
        var dateLabel = SiteViews.DateLabel(policy, version);
        var firstRecorded = "First recorded " + SiteViews.LongDate(version.FirstRecorded);
        var reRecordings = policy.Recordings
            .Where(r => r.Fate == RecordingFate.ReRecording && r.VersionId == version.Id)
            .OrderBy(r => r.RecordedAt)
            .Select(r => Entry(r, ReRecordingReason(policy, version, r), null))
            .ToImmutableArray();
        return new HistoryEntry(
            "v-" + version.Id,
            dateLabel,
            version == policy.Current ? SiteUrls.Policy(policy.Id) : SiteUrls.Version(version),
            version == policy.Current,
            !version.IsRecorded || dateLabel == firstRecorded ? null : firstRecorded,
            version.KeepsStatedDate,
            version.Origin == ChangeOrigin.Recorder,
            comparison?.Url,
            summary is null ? null : ChangePages.OneLine(summary),
            summary?.WordsAdded ?? 0,
            summary?.WordsRemoved ?? 0,
            summary is null ? 0 : summary.Changed + summary.Added + summary.Removed,
            reRecordings);
    }

    /// <summary>A re-recording made after a later version came out is the text returning to an earlier wording, which is worth saying.</summary>
    private static string ReRecordingReason(Policy policy, PolicyVersion version, Recording recording)
    {
        var newest = policy.Recordings.Where(r => r.Fate == RecordingFate.NewVersion && r.RecordedAt < recording.RecordedAt).MaxBy(r => r.RecordedAt);
        var later = newest is null || newest.VersionId == version.Id ? null : policy.Versions.FirstOrDefault(v => v.Id == newest.VersionId);
        return later is null
            ? "Same wording as this version"
            : $"The text returned to this wording after the version first recorded {SiteViews.LongDate(later.FirstRecorded)}";
    }

    private static RecordingEntry Entry(Recording recording, string reason, string? detail)
    {
        var at = recording.RecordedAt.UtcDateTime;
        return new RecordingEntry(
            "r-" + at.ToString("yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture),
            at.ToString("MMMM d, yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture),
            at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            recording.SourcePath,
            reason,
            detail);
    }

    // HistorySummary's line is the one the build prints, "<policy id>: 112 recordings → …"; the page says it without the id.
    private static string Summary(Policy policy) => HistorySummary.IsRecorded(policy)
        ? HistorySummary.Line(policy)[(policy.Id.Length + 2)..]
        : policy.Versions.Length == 1 ? "One version, from a dated file" : $"{policy.Versions.Length:N0} versions, each from a dated file";

    private static string RejectedSummary(Policy policy) =>
        string.Join(", ", policy.Recordings.Where(r => r.Fate == RecordingFate.Rejected).GroupBy(r => r.Reason!.Value).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {RejectionReasons.Describe(g.Key)}"));

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
