using PolicyKb.Model;

namespace PolicyKb.Views;

/// <summary>
/// The history of one section id of a policy (<c>/policies/&lt;id&gt;/sections/&lt;section-id&gt;/</c>): the versions in
/// which it changed, newest first, each with the word diff of that section alone.
/// </summary>
/// <param name="Policy">The policy.</param>
/// <param name="SectionId">The section id.</param>
/// <param name="Heading">Its heading in the newest version that has it.</param>
/// <param name="Status">Where it stands now ("In the current version; its wording last changed …", "Removed in …").</param>
/// <param name="Entries">The versions in which it changed, newest first; the last is its first version.</param>
/// <param name="Related">The histories of the same section under another id (before or after a rename).</param>
public sealed record SectionHistoryPageModel(
    Policy Policy,
    string SectionId,
    string Heading,
    string Status,
    ImmutableArray<SectionHistoryEntry> Entries,
    ImmutableArray<NavLink> Related);
