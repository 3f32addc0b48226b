using System.Text;

namespace PolicyKb.Model;

/// <summary>The plain text of inlines, blocks and sections, as a reader sees it (link targets and markup dropped).</summary>
public static class PlainText
{
    public static string Of(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    public static string Of(Block block)
    {
        var builder = new StringBuilder();
        Append(builder, block);
        return builder.ToString().Trim();
    }

    /// <summary>The text of a section's own blocks (not its subsections), blocks separated by blank lines.</summary>
    public static string OfBlocks(IEnumerable<Block> blocks) =>
        string.Join("\n\n", blocks.Select(Of).Where(t => t.Length > 0));

    /// <summary>
    /// The same without figures: what the blocks say, for an excerpt or a summary, which should not open with the
    /// description of an illustration ("Hands holding a phone, ...").
    /// </summary>
    public static string ProseOf(IEnumerable<Block> blocks) => OfBlocks(blocks.Where(b => b is not Figure));

    /// <summary>Only the leaves hold text: emphasis, links and term references are the text of what they hold.</summary>
    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines.Descendants<Inline>())
        {
            switch (inline)
            {
                case Text t: builder.Append(t.Value); break;
                case Code c: builder.Append(c.Value); break;
                case LineBreak: builder.Append('\n'); break;
            }
        }
    }

    // Its own recursion over the walker's child blocks: a container ends each block inside it with a line break, at
    // every depth, which a flat walk cannot place.
    private static void Append(StringBuilder builder, Block block)
    {
        switch (block)
        {
            case Paragraph p:
                Append(builder, p.Inlines);
                break;
            case Address address:
                foreach (var line in address.Lines)
                {
                    Append(builder, line);
                    builder.Append('\n');
                }

                break;
            case Figure figure:
                Append(builder, figure.Caption);
                if (figure.Caption.IsDefaultOrEmpty)
                {
                    builder.Append(figure.Alt);
                }

                break;
            case CodeBlock code:
                builder.Append(code.Text);
                break;
            default:
                foreach (var child in block.ChildBlocks())
                {
                    Append(builder, child);
                    builder.Append('\n');
                }

                break;
        }
    }
}
