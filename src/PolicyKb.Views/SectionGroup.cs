namespace PolicyKb.Views;

/// <summary>Sections of one document listed together.</summary>
public sealed record SectionGroup(string DocumentTitle, string DocumentUrl, ImmutableArray<SectionLink> Sections);
