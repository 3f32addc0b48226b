namespace PolicyKb.Model;

public sealed record Paragraph(ImmutableArray<Inline> Inlines, SourceLocation Location) : Block(Location);
