using PolicyKb.Enriching.Changes;

namespace PolicyKb.Views;

/// <summary>How a section's change is named on change pages and section histories ("renamed and changed", "cosmetic", …).</summary>
public static class SectionChangeLabels
{
    public static string Of(SectionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind switch
        {
            SectionChangeKind.Added => "added",
            SectionChangeKind.Removed => "removed",
            SectionChangeKind.Renamed => change.HasWordingChange ? "renamed and changed" : "renamed",
            SectionChangeKind.Moved => change.HasWordingChange ? "moved and changed" : "moved",
            SectionChangeKind.Changed when change.Text.IsCosmeticOnly => "cosmetic",
            SectionChangeKind.Changed => "changed",
            _ => "unchanged",
        };
    }

    /// <summary>A change of text only, and only in white space, punctuation style, link targets or lost link text.</summary>
    public static bool IsCosmeticOnly(SectionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind == SectionChangeKind.Changed && change.Text.IsCosmeticOnly && !change.Renamed;
    }
}
