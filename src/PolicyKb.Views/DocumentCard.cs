namespace PolicyKb.Views;

/// <summary>A policy in a list of documents.</summary>
public sealed record DocumentCard(string Title, string Url, string? Summary, string DateLabel, int VersionCount, ImmutableArray<string> AudienceNames);
