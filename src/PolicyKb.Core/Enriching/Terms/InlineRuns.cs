using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// The runs of inlines inside blocks, nested blocks included, in document order: a paragraph, a line of an address,
/// a figure's caption. A run is the unit in which sentences are found and text is linked.
/// </summary>
internal static class InlineRuns
{
    public static IEnumerable<InlineRun> Of(IEnumerable<Block> blocks) => blocks.SelectMany(b => Of(b, inTable: false));

    // Its own recursion over the walker's child blocks: whether a run is inside a table depends on its ancestors.
    private static IEnumerable<InlineRun> Of(Block block, bool inTable) => block switch
    {
        Paragraph p => [new InlineRun(p.Inlines, p.Location, !inTable)],
        Address address => address.Lines.Select((line, i) => new InlineRun(line, address.Location with { Line = address.Location.Line + i }, false)),
        Figure figure => [new InlineRun(figure.Caption, figure.Location, false)],
        _ => block.ChildBlocks().SelectMany(b => Of(b, inTable || block is Table)),
    };
}

/// <summary>
/// A run of inlines and where it starts. <paramref name="LinesFollowText"/>: each line break in the run's text is a
/// line of the source file (true of paragraphs; a table row is one source line whatever its cells hold).
/// </summary>
internal sealed record InlineRun(ImmutableArray<Inline> Inlines, SourceLocation Location, bool LinesFollowText)
{
    /// <summary>The source location of the character at <paramref name="offset"/> in the run's plain text.</summary>
    public SourceLocation LocationAt(string text, int offset) =>
        LinesFollowText ? Location with { Line = Location.Line + text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n') } : Location;
}
