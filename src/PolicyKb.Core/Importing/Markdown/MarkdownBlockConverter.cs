using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyKb.Importing.Structure;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;
using MdBlock = Markdig.Syntax.Block;
using MdLink = Markdig.Syntax.Inlines.LinkInline;
using MdListBlock = Markdig.Syntax.ListBlock;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using ModelBlock = PolicyKb.Model.Block;
using ModelListBlock = PolicyKb.Model.ListBlock;
using ModelTable = PolicyKb.Model.Table;
using ModelTableCell = PolicyKb.Model.TableCell;
using ModelTableRow = PolicyKb.Model.TableRow;

namespace PolicyKb.Importing.Markdown;

/// <summary>
/// Converts a Markdig document to a flat sequence of headings and model blocks, recognising what scraped exports
/// do to Markdown: image links that wrap a caption across paragraphs, navigation links, empty headings, tables with
/// <c>&lt;br&gt;</c>-separated lists in cells, addresses written with hard line breaks.
/// </summary>
internal sealed class MarkdownBlockConverter(SourceText source, ImportOptions options)
{
    private readonly MarkdownInlineConverter _inlines = new(options.BaseUrl);
    private readonly HtmlBlockConverter _html = new(options.BaseUrl);
    private readonly MarkdownFigures _figures = new(source, options);

    public List<FlatItem> ConvertDocument(MarkdownDocument document)
    {
        var items = new List<FlatItem>();
        var blocks = document.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block)
            {
                case HeadingBlock heading:
                    var text = TextCleaner.ForIdentifiers(PlainText.Of(_inlines.Convert(heading.Inline)));
                    items.Add(text.Length == 0
                        ? new EmptyHeadingItem(source.Locate(heading))
                        : new HeadingItem(heading.Level, text, source.Locate(heading)));
                    break;
                case ParagraphBlock paragraph:
                    if (_figures.TryLinkCard(blocks, i, out var figure, out var consumed))
                    {
                        items.Add(new BlockItem(figure));
                        i += consumed - 1;
                        break;
                    }

                    items.AddRange(ConvertTopParagraph(paragraph));
                    break;
                default:
                    items.AddRange(ConvertBlock(block).Select(b => new BlockItem(b)));
                    break;
            }
        }

        return items;
    }

    private IEnumerable<FlatItem> ConvertTopParagraph(ParagraphBlock paragraph)
    {
        if (IsNavigationNoise(paragraph))
        {
            return [];
        }

        var blocks = ConvertParagraph(paragraph).ToList();
        if (blocks is [Paragraph single] && IsCandidate(paragraph, single, out var text))
        {
            return [new CandidateItem(single, text)];
        }

        return blocks.Select(b => new BlockItem(b));
    }

    private IEnumerable<ModelBlock> ConvertBlock(MdBlock block)
    {
        var location = source.Locate(block);
        switch (block)
        {
            case ParagraphBlock paragraph:
                return IsNavigationNoise(paragraph) ? [] : ConvertParagraph(paragraph);
            case HeadingBlock heading:
                var inlines = _inlines.Convert(heading.Inline);
                return Inlines.IsBlank(inlines) ? [] : [new Paragraph([new Emphasis(EmphasisKind.Strong, inlines)], location)];
            case MdListBlock list:
                var items = list.OfType<ListItemBlock>()
                    .Select(item => new ListItem([.. ConvertChildren(item)], list.IsOrdered ? item.Order : null, source.Locate(item)))
                    .Where(item => !item.Blocks.IsEmpty)
                    .ToImmutableArray();
                if (items.IsEmpty)
                {
                    return [];
                }

                var start = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
                return [new ModelListBlock(list.IsOrdered, start, items, location)];
            case MdTable table:
                return [ConvertTable(table)];
            case QuoteBlock quote:
                return [new Quote([.. ConvertChildren(quote)], location)];
            case ThematicBreakBlock:
                return [new Separator(location)];
            case HtmlBlock html:
                return _html.Convert(html.Lines.ToString(), location);
            case Markdig.Syntax.CodeBlock code:
                var codeText = TextCleaner.ForBody(code.Lines.ToString());
                return string.IsNullOrWhiteSpace(codeText) ? [] : [new Model.CodeBlock(codeText, location)];
            case LinkReferenceDefinitionGroup or BlankLineBlock:
                return [];
            case ContainerBlock container:
                return ConvertChildren(container);
            case LeafBlock { Inline: not null } leaf:
                var leafInlines = _inlines.Convert(leaf.Inline);
                return Inlines.IsBlank(leafInlines) ? [] : [new Paragraph(leafInlines, location)];
            default:
                return [];
        }
    }

    private List<ModelBlock> ConvertChildren(ContainerBlock container)
    {
        var blocks = new List<ModelBlock>();
        foreach (var child in container)
        {
            blocks.AddRange(ConvertBlock(child));
        }

        return blocks;
    }

    private IEnumerable<ModelBlock> ConvertParagraph(ParagraphBlock paragraph)
    {
        var location = source.Locate(paragraph);
        if (_figures.StandaloneImage(paragraph) is { } image)
        {
            return [image];
        }

        var inlines = _inlines.Convert(paragraph.Inline);
        if (Inlines.IsBlank(inlines))
        {
            return [];
        }

        return AddressRuns.SplitParagraph(new Paragraph(inlines, location));
    }

    private ModelTable ConvertTable(MdTable table)
    {
        var rows = new List<ModelTableRow>();
        var headerRows = 0;
        foreach (var row in table.OfType<MdTableRow>())
        {
            var cells = row.OfType<MdTableCell>()
                .Select(cell => new ModelTableCell([.. cell.OfType<ParagraphBlock>().SelectMany(p => CellStructure.Blocks(_inlines.Convert(p.Inline), source.Locate(p)))]))
                .ToImmutableArray();
            rows.Add(new ModelTableRow(cells));
            if (row.IsHeader && rows.Count == headerRows + 1)
            {
                headerRows++;
            }
        }

        return new ModelTable([.. rows], headerRows, source.Locate(table));
    }

    /// <summary>Links to "#" only (<c>[Log in](#)[▼ ABOUT](#)</c>): the menu of the page the text was scraped from.</summary>
    private bool IsNavigationNoise(ParagraphBlock paragraph)
    {
        var inlines = paragraph.Inline?.ToList() ?? [];
        var links = 0;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    continue;
                case MdLink { IsImage: false } link when LinkTarget.Resolve(link.Url, options.BaseUrl) is null:
                    links++;
                    continue;
                default:
                    return false;
            }
        }

        return links >= 2;
    }

    private bool IsCandidate(ParagraphBlock block, Paragraph paragraph, out string text)
    {
        text = "";
        if (paragraph.Inlines.Any(i => i is not Model.Text and not Emphasis) || source.RawSpan(block).Trim().Contains('\n'))
        {
            return false;
        }

        text = TextCleaner.ForIdentifiers(PlainText.Of(paragraph.Inlines));
        return text.Length > 0 && (HeadingLines.LooksLikeHeading(text) || HeadingLines.IsQuestion(text) || options.HintedLevel(text) is not null);
    }
}
