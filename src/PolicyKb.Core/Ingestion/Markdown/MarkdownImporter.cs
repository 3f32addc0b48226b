using Markdig;
using PolicyKb.Diagnostics;
using PolicyKb.Ingestion.Structure;
using PolicyKb.Model;
using PolicyKb.Sources;

namespace PolicyKb.Ingestion.Markdown;

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

    /// <summary>Whether plain lines may be recognised as section titles (off for memos, which are prose).</summary>
    public bool InferHeadings { get; init; } = true;

    public SourceFormat Format => SourceFormat.Markdown;

    public ImportedDocument Import(SourceText source, ImportOptions options, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(source.Content, Pipeline);
        var items = new MarkdownBlockConverter(source, options).ConvertDocument(document);
        var (title, structured) = MarkdownStructure.Resolve(items, options, InferHeadings);
        var content = SectionTreeBuilder.Build(structured);
        var head = source.Content.Length > 4000 ? source.Content[..4000] : source.Content;
        return new ImportedDocument(title, content, StatedDate.Find(head));
    }
}
