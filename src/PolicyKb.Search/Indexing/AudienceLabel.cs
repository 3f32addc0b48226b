namespace PolicyKb.Search.Indexing;

/// <summary>An audience as search shows it: its id (the filter value) and its short name (the filter label).</summary>
public sealed record AudienceLabel(string Id, string Name);
