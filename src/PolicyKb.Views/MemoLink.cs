namespace PolicyKb.Views;

/// <summary>A memo as lists show it.</summary>
public sealed record MemoLink(string Title, string Url, string DateLabel, string? Summary);
