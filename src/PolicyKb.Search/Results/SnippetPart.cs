namespace PolicyKb.Search.Results;

/// <summary>A run of snippet text; <paramref name="Highlighted"/> runs are words the query matched.</summary>
public sealed record SnippetPart(string Text, bool Highlighted);
