using Markdig;
using Markdig.Syntax;
using PolicyKb.Diagnostics;
using PolicyKb.Importing.Structure;
using PolicyKb.Model;
using PolicyKb.Reading;

namespace PolicyKb.Importing.Markdown;

/// <summary>
/// Imports Markdown: documents written by hand, exports of Meta's Privacy Center, and Open Terms Archive recordings
/// (Setext headings, pipe tables, raw HTML, very long lines).
/// </summary>
public sealed class MarkdownImporter : IDocumentImporter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>How deep Markdig lets lists and quotes nest before it refuses a document.</summary>
    public const int MarkdigDepthLimit = 128;

    /// <summary>How many open brackets or emphasis marks Markdig takes in one paragraph before it refuses a document.</summary>
    public const int MarkdigLargeDepthLimit = 10 * 1024;

    /// <summary>Whether plain lines may be recognised as section titles (off for memos, which are prose).</summary>
    public bool InferHeadings { get; init; } = true;

    public SourceFormat Format => SourceFormat.Markdown;

    public ImportedDocument Import(SourceText source, ImportOptions options, DiagnosticBag diagnostics)
    {
        if (LongLines.Break(source.Content, out var unbreakable) is not { } markdown)
        {
            diagnostics.Error(source.Path, source.LineOf(unbreakable),
                $"a line of more than {LongLines.MaxLineLength:N0} characters with no space to break it at; " +
                "Markdown parsers slow down on such lines beyond use, so the document is refused: break the line");
            return new ImportedDocument(null, DocumentContent.Empty, null);
        }

        // Deep nesting is looked for first: Markdig would refuse it too, but only after parsing all of it, slowly.
        var tooDeep = DeepNesting.FirstTooDeepLineStart(markdown, MarkdigDepthLimit);
        if ((tooDeep < 0 ? Parse(markdown) : null) is not { } document)
        {
            diagnostics.Error(source.Path, source.LineOf(tooDeep >= 0 ? tooDeep : FirstTooDeepLineEnd(markdown)),
                $"the Markdown parser gives up from this line on: lists or quotes nest more than {MarkdigDepthLimit} levels deep " +
                $"(a list level counts two), or one paragraph holds more than {MarkdigLargeDepthLimit:N0} brackets or emphasis marks; " +
                "the document is refused: flatten the nesting or split the paragraph");
            return new ImportedDocument(null, DocumentContent.Empty, null);
        }

        var items = new MarkdownBlockConverter(source, options).ConvertDocument(document);
        var (title, structured) = MarkdownStructure.Resolve(items, options, InferHeadings);
        var content = SectionTreeBuilder.Build(structured);
        return new ImportedDocument(title, content, StatedDate.InDocument(source.Content));
    }

    /// <summary>
    /// Parses with Markdig, or gives null when Markdig refuses the document: it stops at <see cref="MarkdigDepthLimit"/>
    /// nested blocks or <see cref="MarkdigLargeDepthLimit"/> delimiters in a paragraph (guards against stack overflows and
    /// slow paths) by throwing, and a hostile document must be an error, not a crash.
    /// </summary>
    private static MarkdownDocument? Parse(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>The offset of the end of the first line whose text, with everything before it, Markdig refuses: found by bisecting the lines.</summary>
    private static int FirstTooDeepLineEnd(string markdown)
    {
        var lineEnds = new List<int>();
        for (var i = markdown.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = markdown.IndexOf('\n', i + 1))
        {
            lineEnds.Add(i);
        }

        lineEnds.Add(markdown.Length);
        int low = 0, high = lineEnds.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Parse(markdown[..lineEnds[middle]]) is null)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return lineEnds[low];
    }
}
