namespace PolicyKb.Model;

/// <summary>One item of a list; <paramref name="Number"/> is its own number when the source numbers items explicitly.</summary>
public sealed record ListItem(ImmutableArray<Block> Blocks, int? Number, SourceLocation Location);
