using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicyKb.Model;
using PolicyKb.Words;

namespace PolicyKb.Importing.Markdown;

/// <summary>
/// Converts a raw HTML block of a Markdown document into model blocks through the allow-list: paragraphs, lists,
/// tables, quotes and code keep their shape; inside text, elements become what <see cref="HtmlElements.InlineOf"/>
/// says, as between Markdown inlines; scripts, styles, frames, forms and their content are dropped.
/// </summary>
internal sealed class HtmlBlockConverter(string? baseUrl)
{
    private static readonly HtmlParser Parser = new();

    public List<Block> Convert(string html, SourceLocation location)
    {
        var context = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = Parser.ParseFragment(html, context.Body!);
        var blocks = new List<Block>();
        var pending = new List<Model.Inline>();
        foreach (var node in nodes)
        {
            VisitBlockLevel(node, blocks, pending, location, depth: 0);
        }

        Flush(blocks, pending, location);
        return blocks;
    }

    private void VisitBlockLevel(INode node, List<Block> blocks, List<Model.Inline> pending, SourceLocation location, int depth)
    {
        if (depth > 64)
        {
            pending.Add(new Model.Text(TextCleaner.ForBody(node.TextContent)));
            return;
        }

        if (node is not IElement element)
        {
            if (node.NodeType == NodeType.Text)
            {
                pending.Add(new Model.Text(TextCleaner.ForBody(node.TextContent)));
            }

            return;
        }

        var name = element.LocalName;
        if (HtmlElements.DroppedWithContent.Contains(name))
        {
            return;
        }

        if (!HtmlElements.IsBlockLevel(name))
        {
            pending.AddRange(ConvertInline(element, depth));
            return;
        }

        Flush(blocks, pending, location);
        switch (name)
        {
            case "ul" or "ol" or "menu":
                var items = element.Children.Where(c => c.LocalName == "li")
                    .Select(li => new ListItem([.. ConvertChildren(li, location, depth + 1)], null, location))
                    .ToImmutableArray();
                if (!items.IsEmpty)
                {
                    var start = int.TryParse(element.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
                    blocks.Add(new ListBlock(name == "ol", start, items, location));
                }

                break;
            case "table":
                var rows = element.QuerySelectorAll("tr")
                    .Select(tr => new TableRow([.. tr.Children.Where(c => c.LocalName is "td" or "th")
                        .Select(cell => new TableCell([.. ConvertChildren(cell, location, depth + 1)]))]))
                    .Where(r => !r.Cells.IsEmpty)
                    .ToImmutableArray();
                if (!rows.IsEmpty)
                {
                    var header = element.QuerySelectorAll("tr").TakeWhile(tr => tr.Children.All(c => c.LocalName == "th")).Count();
                    blocks.Add(new Table(rows, header, location));
                }

                break;
            case "blockquote":
                blocks.Add(new Quote([.. ConvertChildren(element, location, depth + 1)], location));
                break;
            case "pre":
                blocks.Add(new CodeBlock(TextCleaner.ForBody(element.TextContent), location));
                break;
            case "hr":
                blocks.Add(new Separator(location));
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var heading = Inlines.Normalize(ConvertInline(element, depth));
                if (!heading.IsEmpty)
                {
                    blocks.Add(new Paragraph([new Emphasis(EmphasisKind.Strong, heading)], location));
                }

                break;
            default:
                blocks.AddRange(ConvertChildren(element, location, depth + 1));
                break;
        }
    }

    private List<Block> ConvertChildren(IElement element, SourceLocation location, int depth)
    {
        var blocks = new List<Block>();
        var pending = new List<Model.Inline>();
        foreach (var child in element.ChildNodes)
        {
            VisitBlockLevel(child, blocks, pending, location, depth);
        }

        Flush(blocks, pending, location);
        return blocks;
    }

    private List<Model.Inline> ConvertInline(INode node, int depth)
    {
        var result = new List<Model.Inline>();
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                result.Add(new Model.Text(TextCleaner.ForBody(child.TextContent)));
                continue;
            }

            if (child is not IElement element || depth > 64)
            {
                continue;
            }

            var kind = HtmlElements.InlineOf(element.LocalName);
            if (kind == HtmlInlineKind.Dropped)
            {
                continue;
            }

            var inner = ConvertInline(element, depth + 1);
            switch (kind)
            {
                case HtmlInlineKind.LineBreak:
                    result.Add(new LineBreak());
                    break;
                case HtmlInlineKind.Image:
                    var alt = element.GetAttribute("alt");
                    if (!string.IsNullOrWhiteSpace(alt))
                    {
                        result.Add(new Model.Text(alt));
                    }

                    break;
                case HtmlInlineKind.Link:
                    var target = LinkTarget.Resolve(element.GetAttribute("href"), baseUrl);
                    var children = Inlines.Normalize(inner);
                    if (!Inlines.IsBlank(children))
                    {
                        if (target is null)
                        {
                            result.AddRange(children);
                        }
                        else
                        {
                            result.Add(new Link(target, children));
                        }
                    }

                    break;
                case HtmlInlineKind.Strong:
                    result.Add(new Emphasis(EmphasisKind.Strong, Inlines.Normalize(inner)));
                    break;
                case HtmlInlineKind.Em:
                    result.Add(new Emphasis(EmphasisKind.Em, Inlines.Normalize(inner)));
                    break;
                case HtmlInlineKind.Code:
                    result.Add(new Code(TextCleaner.ForBody(element.TextContent)));
                    break;
                case HtmlInlineKind.Empty:
                    break;
                default:
                    result.AddRange(inner);
                    break;
            }
        }

        return result;
    }

    private static void Flush(List<Block> blocks, List<Model.Inline> pending, SourceLocation location)
    {
        var inlines = Inlines.Normalize(pending);
        pending.Clear();
        if (!Inlines.IsBlank(inlines))
        {
            blocks.Add(new Paragraph(inlines, location));
        }
    }
}
