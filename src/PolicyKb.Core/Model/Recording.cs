namespace PolicyKb.Model;

/// <summary>
/// One input file of a policy and its fate: a recorder's file (<c>recordings/&lt;timestamp&gt;.md</c>) or a dated
/// file, which counts as recorded at its date, 00:00 UTC.
/// </summary>
/// <param name="SourcePath">The file, relative to the input folder.</param>
/// <param name="RecordedAt">When it was recorded (from its name).</param>
/// <param name="Kind">The recorder's kind of recording (<c>record</c>, <c>technical-upgrade</c>, …) from <c>recordings.tsv</c>, if given.</param>
/// <param name="Fate">What became of it.</param>
/// <param name="VersionId">The version it is (<see cref="RecordingFate.NewVersion"/>) or repeats (<see cref="RecordingFate.ReRecording"/>); null when rejected.</param>
/// <param name="Reason">Why it was rejected; null otherwise.</param>
/// <param name="Detail">The reason in words, with the figures that show it ("97,247 words, the text repeats 6 times; baseline 16,102").</param>
/// <param name="Words">Its words, as the wording counts them.</param>
public sealed record Recording(
    string SourcePath,
    DateTimeOffset RecordedAt,
    string? Kind,
    RecordingFate Fate,
    string? VersionId,
    RejectionReason? Reason,
    string? Detail,
    int Words);
