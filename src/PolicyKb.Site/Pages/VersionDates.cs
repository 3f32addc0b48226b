using PolicyKb.Model;

namespace PolicyKb.Site.Pages;

/// <summary>
/// The effective date of a version, for the data files. A hand-dated file is named by the day it took effect (or was
/// retrieved, for documents that state none); a recorder's file only says when it was recorded, so its version has
/// the effective date its text states, if any. <see cref="SiteViews.DateLabel"/> says the same in words.
/// </summary>
public static class VersionDates
{
    /// <summary>The effective date the version has, when its text or its file name gives one.</summary>
    public static DateOnly? Effective(Policy policy, PolicyVersion version) =>
        version.IsRecorded ? version.StatedDate : policy.Metadata.DatedBy == DateBasis.Effective ? version.Date : null;
}
