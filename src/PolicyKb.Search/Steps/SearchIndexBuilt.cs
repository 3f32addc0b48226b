namespace PolicyKb.Search.Steps;

/// <summary>
/// The artifact <see cref="BuildSearchIndex"/> leaves for later steps and the build report: where the index is, what
/// was exported, whether the index and export of the last build were reused (nothing they are made of changed), and
/// how many of the index's parts there are and how many this build wrote (the others were the last build's).
/// </summary>
public sealed record SearchIndexBuilt(string IndexFolder, int Sections, int ExportedFiles, long ExportedBytes, bool Reused = false, int Parts = 0, int PartsWritten = 0);
