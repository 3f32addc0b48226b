namespace PolicyKb.Model;

/// <summary>A bulleted or numbered list. <paramref name="Start"/> is the first number of an ordered list.</summary>
public sealed record ListBlock(bool Ordered, int Start, ImmutableArray<ListItem> Items, SourceLocation Location) : Block(Location);
