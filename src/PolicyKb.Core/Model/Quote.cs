namespace PolicyKb.Model;

public sealed record Quote(ImmutableArray<Block> Blocks, SourceLocation Location) : Block(Location);
