namespace PolicyKb.Views;

/// <summary>
/// A version on a policy's timeline: its shown date, what is remarkable about it, the size of the change that led to
/// it (none for the first version) and its re-recordings.
/// </summary>
/// <param name="Anchor">Its element id on the timeline.</param>
/// <param name="DateLabel">The date it shows ("Effective …", or "First recorded …").</param>
/// <param name="Url">Its page (the policy's address for the current version).</param>
/// <param name="IsCurrent">Whether it is the current version.</param>
/// <param name="FirstRecorded">"First recorded …", when that is not already its shown date.</param>
/// <param name="KeepsStatedDate">Its wording changed without a new effective date.</param>
/// <param name="ByRecorder">Its change is in how the page was recorded, not in the terms.</param>
/// <param name="ChangesUrl">Its change page, for every version but the first.</param>
/// <param name="ChangeSummary">The change page's one-line summary.</param>
/// <param name="WordsAdded">Words added by its change.</param>
/// <param name="WordsRemoved">Words removed by its change.</param>
/// <param name="SectionsChanged">Sections changed in wording, added or removed.</param>
/// <param name="ReRecordings">The later recordings of its wording, oldest first.</param>
public sealed record HistoryEntry(
    string Anchor,
    string DateLabel,
    string Url,
    bool IsCurrent,
    string? FirstRecorded,
    bool KeepsStatedDate,
    bool ByRecorder,
    string? ChangesUrl,
    string? ChangeSummary,
    int WordsAdded,
    int WordsRemoved,
    int SectionsChanged,
    ImmutableArray<RecordingEntry> ReRecordings);
