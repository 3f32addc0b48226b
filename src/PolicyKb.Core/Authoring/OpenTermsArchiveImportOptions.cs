namespace PolicyKb.Authoring;

/// <summary>
/// What <see cref="OpenTermsArchiveImport"/> reads and writes: the recordings folder (<c>&lt;Service&gt;/&lt;Terms type&gt;.md</c>),
/// optional memos and earlier versions of one document, the input folder to create, the date the recordings were
/// retrieved, and how many copies of the corpus to write under distinct names (for scale tests).
/// </summary>
public sealed record OpenTermsArchiveImportOptions(
    string RecordingsDirectory,
    string TargetDirectory,
    DateOnly RetrievedOn,
    string? MemosDirectory = null,
    string? HistoryDirectory = null,
    int Copies = 1)
{
    /// <summary>The policy (service and terms type) that <see cref="HistoryDirectory"/> holds earlier versions of.</summary>
    public string HistoryService { get; init; } = "Instagram";

    public string HistoryTermsType { get; init; } = "Privacy Policy";

    /// <summary>
    /// Recorded histories in Open Terms Archive's dataset layout, <c>&lt;Service&gt;/&lt;Terms type&gt;/&lt;yyyy-MM-ddTHH-mm-ssZ&gt;.md</c>
    /// with an optional <c>recordings.tsv</c>; each goes into its policy's <c>recordings/</c> byte for byte.
    /// </summary>
    public string? RecordedHistoriesDirectory { get; init; }
}
