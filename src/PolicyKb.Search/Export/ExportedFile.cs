namespace PolicyKb.Search.Export;

/// <summary>A file of the static search export; <paramref name="Path"/> is relative to the export folder, with forward slashes.</summary>
public sealed record ExportedFile(string Path, byte[] Content);
