namespace PolicyKb.Model;

/// <summary>
/// An image with its alternative text and caption. <paramref name="Source"/> is set only when the image file
/// exists in the input; otherwise the site shows the caption or alt text, never a broken or remote image.
/// <paramref name="Target"/> is where the figure links to, if it is a link card.
/// </summary>
public sealed record Figure(string Alt, ImmutableArray<Inline> Caption, string? Source, string? Target, SourceLocation Location)
    : Block(Location);
