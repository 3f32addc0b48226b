namespace PolicyKb.Search.Analysis;

/// <summary>A token as analysis emits it: its term, its position (stop words leave gaps) and its character offsets in the text.</summary>
public sealed record AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset);
