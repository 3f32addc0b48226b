namespace PolicyKb.Search.Steps;

/// <summary>The artifact <see cref="BuildSearchIndex"/> leaves for later steps and the build report: where the index is and what was exported.</summary>
public sealed record SearchIndexBuilt(string IndexFolder, int Sections, int ExportedFiles, long ExportedBytes);
