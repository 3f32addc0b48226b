using PolicyKb.Model;

namespace PolicyKb.Importing.Markdown;

/// <summary>
/// Gives structure back to a table cell that was flattened onto one line: <c>&lt;br&gt;</c> separates lines,
/// an empty line separates paragraphs, and lines starting with <c>* </c>, <c>- </c> or <c>• </c> are list items.
/// </summary>
internal static class CellStructure
{
    public static IEnumerable<Block> Blocks(ImmutableArray<Inline> inlines, SourceLocation location)
    {
        var blocks = new List<Block>();
        var paragraph = new List<List<Inline>>();
        var items = new List<ListItem>();
        foreach (var line in Inlines.SplitLines(inlines))
        {
            var normalized = Inlines.Normalize(line);
            if (normalized.IsEmpty)
            {
                FlushParagraph();
                FlushList();
                continue;
            }

            if (normalized[0] is Text first && StripBullet(first.Value) is { } rest)
            {
                FlushParagraph();
                var itemInlines = Inlines.Normalize(normalized.RemoveAt(0).Insert(0, new Text(rest)));
                items.Add(new ListItem([new Paragraph(itemInlines, location)], null, location));
                continue;
            }

            FlushList();
            paragraph.Add([.. normalized]);
        }

        FlushParagraph();
        FlushList();
        return blocks;

        void FlushParagraph()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            var joined = paragraph.SelectMany((l, i) => i == 0 ? l : l.Prepend(new LineBreak()));
            blocks.Add(new Paragraph([.. joined], location));
            paragraph.Clear();
        }

        void FlushList()
        {
            if (items.Count == 0)
            {
                return;
            }

            blocks.Add(new ListBlock(false, 1, [.. items], location));
            items.Clear();
        }
    }

    private static string? StripBullet(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 2 && trimmed[0] is '*' or '-' or '•' && trimmed[1] == ' ' ? trimmed[2..] : null;
    }
}
