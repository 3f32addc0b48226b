namespace PolicyKb.Model;

public sealed record Separator(SourceLocation Location) : Block(Location);
