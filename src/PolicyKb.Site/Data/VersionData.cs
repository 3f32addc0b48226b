namespace PolicyKb.Site.Data;

/// <summary>One version of a policy in its data file.</summary>
/// <param name="Id">The version's permanent id, as in its URL (the day it was first recorded, yyyy-MM-dd, with "-2", "-3" for later ones that day).</param>
/// <param name="Effective">The effective date (yyyy-MM-dd) the text states, or its file is named by; null when neither says one.</param>
/// <param name="FirstRecorded">The day its wording was first recorded, yyyy-MM-dd.</param>
/// <param name="Url">Its page, absolute.</param>
/// <param name="Words">Its words, as the wording counts them (runs of letters and digits, link targets left out).</param>
/// <param name="Origin"><c>terms</c> when the policy's wording changed, <c>recorder</c> when the recorder changed how it reads the page (a technical upgrade).</param>
/// <param name="KeepsStatedDate">Its wording differs from the version before it, but its stated effective date is the same.</param>
/// <param name="Recordings">The input files with its wording, oldest first: the first is the version, the others re-recordings of it.</param>
/// <param name="Preamble">The text before its first heading.</param>
/// <param name="Sections">Every section, in document order (subsections after their parent).</param>
public sealed record VersionData(
    string Id,
    string? Effective,
    string FirstRecorded,
    string Url,
    int Words,
    string Origin,
    bool KeepsStatedDate,
    ImmutableArray<string> Recordings,
    string Preamble,
    ImmutableArray<SectionData> Sections);
