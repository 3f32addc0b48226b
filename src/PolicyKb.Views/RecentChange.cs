namespace PolicyKb.Views;

/// <summary>A new version or a memo in the list of recent changes.</summary>
public sealed record RecentChange(string DateLabel, string DateIso, string Kind, string Title, string Url, string? Summary);
