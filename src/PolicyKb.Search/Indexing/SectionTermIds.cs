using PolicyKb.Model;

namespace PolicyKb.Search.Indexing;

/// <summary>The defined terms a section's own blocks use: the ids of their <see cref="TermReference"/> inlines, in order of first use.</summary>
internal static class SectionTermIds
{
    public static ImmutableArray<string> In(IEnumerable<Block> blocks)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            Collect(block, ids, seen);
        }

        return [.. ids];
    }

    private static void Collect(Block block, List<string> ids, HashSet<string> seen)
    {
        switch (block)
        {
            case Paragraph p: Collect(p.Inlines, ids, seen); break;
            case ListBlock list:
                foreach (var child in list.Items.SelectMany(i => i.Blocks))
                {
                    Collect(child, ids, seen);
                }

                break;
            case Table table:
                foreach (var child in table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks))
                {
                    Collect(child, ids, seen);
                }

                break;
            case Address address:
                foreach (var line in address.Lines)
                {
                    Collect(line, ids, seen);
                }

                break;
            case Figure figure: Collect(figure.Caption, ids, seen); break;
            case Quote quote:
                foreach (var child in quote.Blocks)
                {
                    Collect(child, ids, seen);
                }

                break;
            default:
                break;
        }
    }

    private static void Collect(IEnumerable<Inline> inlines, List<string> ids, HashSet<string> seen)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TermReference r:
                    if (seen.Add(r.TermId))
                    {
                        ids.Add(r.TermId);
                    }

                    Collect(r.Children, ids, seen);
                    break;
                case Emphasis e: Collect(e.Children, ids, seen); break;
                case Link l: Collect(l.Children, ids, seen); break;
                default: break;
            }
        }
    }
}
