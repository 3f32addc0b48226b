namespace PolicyKb.Model;

public sealed record CodeBlock(string Text, SourceLocation Location) : Block(Location);
