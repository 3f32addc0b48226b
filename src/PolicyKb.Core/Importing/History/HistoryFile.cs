namespace PolicyKb.Importing.History;

/// <summary>
/// One input file of a policy, in the order the history is judged: a dated file (recorded at its date, 00:00 UTC)
/// or a recorder's file of <c>recordings/</c>, with its kind from <c>recordings.tsv</c>.
/// </summary>
public sealed record HistoryFile(string RelativePath, string FullPath, DateTimeOffset RecordedAt, string? Kind, bool IsDated)
{
    /// <summary>Kinds of recording that say the recorder changed how it reads the page, not that the page changed.</summary>
    public bool IsRecorderChange => Kind is "technical-upgrade" or "refilter";
}
