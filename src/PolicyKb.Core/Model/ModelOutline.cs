using System.Text;

namespace PolicyKb.Model;

/// <summary>
/// A readable text outline of a document as the importers understood it: the section tree with ids and lines, and
/// every block with its inline markup spelled out. Used for model snapshots and by the <c>inspect</c> command.
/// </summary>
public static class ModelOutline
{
    public static string Of(PolicyVersion version)
    {
        var builder = new StringBuilder();
        builder.Append("source: ").Append(version.SourcePath).Append(" (").Append(version.Format).Append(")\n");
        builder.Append("date: ").Append(version.Date == DateOnly.MinValue ? "(the file is not named by a date)" : version.DateSlug).Append('\n');
        builder.Append("title: ").Append(version.Title ?? "(none)").Append('\n');
        builder.Append("stated date: ").Append(version.StatedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)").Append('\n');
        AppendContent(builder, version.Content);
        return builder.ToString();
    }

    public static string Of(Memo memo)
    {
        var builder = new StringBuilder();
        builder.Append("memo: ").Append(memo.Id).Append('\n');
        builder.Append("title: ").Append(memo.Title).Append('\n');
        builder.Append("services: ").Append(string.Join(", ", memo.Services)).Append('\n');
        builder.Append("terms types: ").Append(string.Join(", ", memo.TermsTypes)).Append('\n');
        builder.Append("dates: ").Append(string.Join(", ", memo.Dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))).Append('\n');
        builder.Append("authors: ").Append(string.Join(", ", memo.Authors)).Append('\n');
        builder.Append("collections: ").Append(string.Join(", ", memo.RelatedCollections)).Append('\n');
        builder.Append("policies: ").Append(string.Join(", ", memo.PolicyIds)).Append('\n');
        AppendContent(builder, memo.Content);
        return builder.ToString();
    }

    public static string Of(DocumentContent content)
    {
        var builder = new StringBuilder();
        AppendContent(builder, content);
        return builder.ToString();
    }

    /// <summary>Inline markup spelled out: <c>*em*</c>, <c>**strong**</c>, <c>[text](target)</c>, <c>⟨missing link⟩</c>, <c>⏎</c>.</summary>
    public static string Inlines(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        AppendInlines(builder, inlines);
        return builder.ToString();
    }

    private static void AppendContent(StringBuilder builder, DocumentContent content)
    {
        if (!content.Preamble.IsEmpty)
        {
            builder.Append("preamble:\n");
            foreach (var block in content.Preamble)
            {
                AppendBlock(builder, block, 1);
            }
        }

        foreach (var section in content.AllSections())
        {
            builder.Append(new string('#', section.Level)).Append(' ').Append(section.Heading)
                .Append("  {#").Append(section.Id).Append("} L").Append(section.Location.Line).Append('\n');
            foreach (var block in section.Blocks)
            {
                AppendBlock(builder, block, 1);
            }
        }
    }

    // A rendering, not a walk: each node is spelled its own way, list items and table cells get lines of their own,
    // and markup closes after its children, so blocks and inlines recurse here; sections come from the walker.
    private static void AppendBlock(StringBuilder builder, Block block, int depth)
    {
        var indent = new string(' ', depth * 2);
        builder.Append(indent);
        switch (block)
        {
            case Paragraph p:
                builder.Append("p L").Append(p.Location.Line).Append(": ");
                AppendInlines(builder, p.Inlines);
                builder.Append('\n');
                break;
            case ListBlock list:
                builder.Append(list.Ordered ? $"ol start={list.Start}" : "ul").Append(" L").Append(list.Location.Line).Append('\n');
                foreach (var item in list.Items)
                {
                    builder.Append(indent).Append("  - ").Append(item.Number is { } n ? $"({n}) " : "").Append('\n');
                    foreach (var child in item.Blocks)
                    {
                        AppendBlock(builder, child, depth + 2);
                    }
                }

                break;
            case Table table:
                builder.Append("table ").Append(table.Rows.Length).Append(" rows, ").Append(table.HeaderRows).Append(" header L").Append(table.Location.Line).Append('\n');
                foreach (var row in table.Rows)
                {
                    builder.Append(indent).Append("  row\n");
                    foreach (var cell in row.Cells)
                    {
                        builder.Append(indent).Append("    cell\n");
                        foreach (var child in cell.Blocks)
                        {
                            AppendBlock(builder, child, depth + 3);
                        }
                    }
                }

                break;
            case Address address:
                builder.Append("address L").Append(address.Location.Line).Append(": ")
                    .Append(string.Join(" / ", address.Lines.Select(line => Inlines(line)))).Append('\n');
                break;
            case Figure figure:
                builder.Append("figure L").Append(figure.Location.Line).Append(": alt=\"").Append(figure.Alt).Append("\" caption=");
                AppendInlines(builder, figure.Caption);
                builder.Append(figure.Source is null ? " (no image file)" : $" src={figure.Source}").Append('\n');
                break;
            case Separator:
                builder.Append("separator\n");
                break;
            case Quote quote:
                builder.Append("quote L").Append(quote.Location.Line).Append('\n');
                foreach (var child in quote.Blocks)
                {
                    AppendBlock(builder, child, depth + 1);
                }

                break;
            case CodeBlock code:
                builder.Append("code L").Append(code.Location.Line).Append(": ").Append(code.Text.Replace("\n", "⏎", StringComparison.Ordinal)).Append('\n');
                break;
            default:
                builder.Append(block.GetType().Name).Append('\n');
                break;
        }
    }

    private static void AppendInlines(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t: builder.Append(t.Value.Replace("\n", " ", StringComparison.Ordinal)); break;
                case Code c: builder.Append('`').Append(c.Value).Append('`'); break;
                case LineBreak: builder.Append('⏎'); break;
                case MissingLink: builder.Append("⟨missing link⟩"); break;
                case Emphasis e:
                    var mark = e.Kind == EmphasisKind.Strong ? "**" : "*";
                    builder.Append(mark);
                    AppendInlines(builder, e.Children);
                    builder.Append(mark);
                    break;
                case Link l:
                    builder.Append('[');
                    AppendInlines(builder, l.Children);
                    builder.Append("](").Append(l.Target).Append(')');
                    break;
                case TermReference r:
                    builder.Append("{term ").Append(r.TermId).Append(": ");
                    AppendInlines(builder, r.Children);
                    builder.Append('}');
                    break;
                default:
                    builder.Append(inline.GetType().Name);
                    break;
            }
        }
    }
}
