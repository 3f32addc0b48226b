namespace PolicyKb.Search.Querying;

/// <summary>A run of a query's text: loose words, or a quoted phrase.</summary>
public sealed record QueryPart(string Text, bool IsPhrase);
