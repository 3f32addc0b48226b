using PolicyKb.Model;

namespace PolicyKb.Importing.History;

/// <summary>
/// The fate the <see cref="HistoryClassifier"/> gives one file: a new version (<paramref name="Version"/> counts the
/// new versions from 0, oldest first), a re-recording of version <paramref name="Version"/>, or rejected.
/// </summary>
public sealed record FileFate(HistoryFile File, RecordingFate Fate, int? Version, RejectionReason? Reason, string? Detail, int Words);
