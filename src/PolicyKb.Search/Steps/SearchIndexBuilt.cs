namespace PolicyKb.Search.Steps;

/// <summary>
/// The artifact <see cref="BuildSearchIndex"/> leaves for later steps and the build report: where the index is, what
/// was exported, and whether the index and export of the last build were reused (nothing they are made of changed).
/// </summary>
public sealed record SearchIndexBuilt(string IndexFolder, int Sections, int ExportedFiles, long ExportedBytes, bool Reused = false);
