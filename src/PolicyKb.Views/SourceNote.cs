namespace PolicyKb.Views;

/// <summary>The footer's note on where a document comes from and when it took effect (or was retrieved).</summary>
public sealed record SourceNote(string DocumentTitle, string DateLabel, string? SourceUrl, string? SourcePath);
