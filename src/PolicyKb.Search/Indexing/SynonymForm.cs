namespace PolicyKb.Search.Indexing;

/// <summary>One analyzed spelling of a defined term: its stems and their positions (stop words leave gaps).</summary>
public sealed record SynonymForm(ImmutableArray<string> Terms, ImmutableArray<int> Positions);
