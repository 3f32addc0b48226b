using PolicyKb.Enriching.Changes;

namespace PolicyKb.Views;

/// <summary>A version in a section's history.</summary>
/// <param name="Anchor">Its element id.</param>
/// <param name="VersionLabel">The version's shown date.</param>
/// <param name="SectionUrl">The section in that version (in the version before it, for a removal).</param>
/// <param name="Kind">What happened: "first version", "added", "changed", "renamed", "cosmetic", …</param>
/// <param name="ChangeUrl">The section on the change page; null for the first version.</param>
/// <param name="WasHeading">Its heading before, when it was renamed.</param>
/// <param name="Change">The section's change (its word diff is shown); null for the first version.</param>
public sealed record SectionHistoryEntry(
    string Anchor,
    string VersionLabel,
    string SectionUrl,
    string Kind,
    string? ChangeUrl,
    string? WasHeading,
    SectionChange? Change);
