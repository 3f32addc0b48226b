namespace PolicyKb.Views;

/// <summary>A labelled link; <paramref name="Current"/> marks the page the reader is on.</summary>
public sealed record NavLink(string Label, string? Url, bool Current = false);
