using PolicyKb.Importing.History;
using PolicyKb.Model;

namespace PolicyKb.Site.Pages;

/// <summary>
/// The date a version shows. A hand-dated file is named by the day it took effect (or was retrieved, for documents
/// that state none); a recorder's file only says when it was recorded, so its version shows the effective date its
/// text states, and otherwise the day its wording was first recorded.
/// </summary>
public static class VersionDates
{
    /// <summary>Whether the version comes from a recorder's file (<c>recordings/</c>), not a hand-dated one.</summary>
    public static bool IsRecorded(PolicyVersion version) =>
        version.SourcePath.Split('/') is [.., var folder, _] && folder == RecordingsFolder.Name;

    /// <summary>The effective date the version has, when its text or its file name gives one.</summary>
    public static DateOnly? Effective(Policy policy, PolicyVersion version) =>
        IsRecorded(version) ? version.StatedDate : policy.Metadata.DatedBy == DateBasis.Effective ? version.Date : null;

    /// <summary>"Effective June 16, 2025", "Retrieved …" or "First recorded …".</summary>
    public static string Label(Policy policy, PolicyVersion version) =>
        Effective(policy, version) is { } effective ? "Effective " + SiteViews.LongDate(effective)
        : IsRecorded(version) ? "First recorded " + SiteViews.LongDate(version.FirstRecorded)
        : "Retrieved " + SiteViews.LongDate(version.Date);
}
