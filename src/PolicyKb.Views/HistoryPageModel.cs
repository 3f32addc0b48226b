using PolicyKb.Model;

namespace PolicyKb.Views;

/// <summary>
/// A policy's timeline (<c>/policies/&lt;id&gt;/history/</c>): what became of its recordings, every version newest first
/// with the size of its change, the recordings set aside, the memos about it, and a chart of change size over time.
/// </summary>
public sealed record HistoryPageModel(
    Policy Policy,
    string Summary,
    ImmutableArray<HistoryEntry> Versions,
    ImmutableArray<RecordingEntry> Rejected,
    string? RejectedSummary,
    ImmutableArray<MemoLink> Memos,
    ChangeChart Chart);
