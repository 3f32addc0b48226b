using PolicyKb.Model;

namespace PolicyKb.Site.Pages;

/// <summary>
/// The dates of a version, for the data files and the lists of versions. A hand-dated file is named by the day it took effect (or was
/// retrieved, for documents that state none); a recorder's file only says when it was recorded, so its version has
/// the effective date its text states, if any. <see cref="SiteViews.DateLabel"/> says the same in words.
/// </summary>
public static class VersionDates
{
    /// <summary>The effective date the version has, when its text or its file name gives one.</summary>
    public static DateOnly? Effective(Policy policy, PolicyVersion version) =>
        version.IsRecorded ? version.StatedDate : policy.Metadata.DatedBy == DateBasis.Effective ? version.Date : null;

    /// <summary>
    /// The shown date, with the day it was first recorded when that is not the shown date already: several recorded
    /// versions can state the same effective date, and a list of them must still tell them apart.
    /// </summary>
    public static string DistinctLabel(Policy policy, PolicyVersion version)
    {
        var label = SiteViews.DateLabel(policy, version);
        return version.IsRecorded && label != "First recorded " + SiteViews.LongDate(version.FirstRecorded)
            ? $"{label} (first recorded {SiteViews.LongDate(version.FirstRecorded)})"
            : label;
    }
}
