using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;
using MdBlock = Markdig.Syntax.Block;
using MdLink = Markdig.Syntax.Inlines.LinkInline;

namespace PolicyKb.Importing.Markdown;

/// <summary>
/// Recognises the figures of a Markdown document: a paragraph that is only an image (or a link around one), and
/// the Privacy Center's link cards, whose one link Markdown cannot parse because it spans several paragraphs.
/// </summary>
internal sealed partial class MarkdownFigures(SourceText source, ImportOptions options)
{
    private const int MaxCardParagraphs = 6;

    private readonly MarkdownInlineConverter _inlines = new(options.BaseUrl);

    /// <summary>
    /// The Privacy Center writes a card as <c>[![](image)</c> (or just <c>[First line</c>), caption lines as separate
    /// paragraphs, and <c>Last line](url)</c>: one link split over several paragraphs, which Markdown cannot parse as a link.
    /// </summary>
    public bool TryLinkCard(List<MdBlock> blocks, int index, out Figure figure, out int consumed)
    {
        figure = null!;
        consumed = 0;
        if (!source.RawSpan(blocks[index]).TrimStart().StartsWith('['))
        {
            return false; // most paragraphs: no need to copy their text to find out
        }

        var open = CardOpening().Match(source.Raw(blocks[index]).Trim());
        if (!open.Success)
        {
            return false;
        }

        var captionLines = new List<string>();
        if (open.Groups["text"].Value.Trim() is { Length: > 0 } firstLine)
        {
            captionLines.Add(firstLine);
        }

        for (var k = index + 1; k < blocks.Count && k <= index + MaxCardParagraphs; k++)
        {
            if (blocks[k] is not ParagraphBlock)
            {
                return false;
            }

            var raw = source.Raw(blocks[k]).Trim();
            var close = CardClosing().Match(raw);
            if (close.Success)
            {
                captionLines.Add(close.Groups["text"].Value.Trim());
                var target = LinkTarget.Resolve(close.Groups["url"].Value, options.BaseUrl);
                var caption = new List<Model.Inline>();
                foreach (var line in captionLines.Where(l => l.Length > 0))
                {
                    if (caption.Count > 0)
                    {
                        caption.Add(new LineBreak());
                    }

                    caption.Add(new Model.Text(TextCleaner.ForBody(line)));
                }

                ImmutableArray<Model.Inline> captionInlines = target is null ? [.. caption] : [new Link(target, [.. caption])];
                var alt = TextCleaner.ForBody(open.Groups["alt"].Value.Trim());
                figure = new Figure(alt, captionInlines, options.ResolveImage(open.Groups["src"].Value), target, source.Locate(blocks[index]));
                consumed = k - index + 1;
                return true;
            }

            captionLines.Add(raw);
        }

        return false;
    }

    public Figure? StandaloneImage(ParagraphBlock paragraph)
    {
        var meaningful = paragraph.Inline?.Where(i => !(i is LiteralInline l && l.Content.IsEmptyOrWhitespace())).ToList() ?? [];
        if (meaningful is [MdLink { IsImage: true } image])
        {
            return MakeFigure(image, null, paragraph);
        }

        if (meaningful is [MdLink { IsImage: false } link] && link.Where(i => !(i is LiteralInline l && l.Content.IsEmptyOrWhitespace())).ToList() is [MdLink { IsImage: true } inner])
        {
            return MakeFigure(inner, LinkTarget.Resolve(link.Url, options.BaseUrl), paragraph);
        }

        return null;
    }

    private Figure MakeFigure(MdLink image, string? target, ParagraphBlock paragraph)
    {
        var alt = TextCleaner.ForBody(PlainText.Of(_inlines.Convert(image)).Trim());
        var title = string.IsNullOrWhiteSpace(image.Title) ? null : TextCleaner.ForBody(image.Title.Trim());
        ImmutableArray<Model.Inline> caption = title is null ? [] : [new Model.Text(title)];
        return new Figure(alt, caption, options.ResolveImage(image.Url ?? ""), target, source.Locate(paragraph));
    }

    [GeneratedRegex(@"^\[(?:!\[(?<alt>[^\]]*)\]\((?<src>[^)\s]*)(?:\s+""[^""]*"")?\))?(?<text>[^\[\]]*)$")]
    private static partial Regex CardOpening();

    [GeneratedRegex(@"^(?<text>[^\[\]]*)\]\((?<url>[^)\s]+)\)$", RegexOptions.Singleline)]
    private static partial Regex CardClosing();
}
