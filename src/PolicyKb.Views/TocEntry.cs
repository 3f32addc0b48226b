namespace PolicyKb.Views;

/// <summary>An entry of a page's table of contents.</summary>
public sealed record TocEntry(string Id, string Heading, ImmutableArray<TocEntry> Children);
