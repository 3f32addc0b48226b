using PolicyKb.Model;
using PolicyKb.Reading;
using MdBlock = Markdig.Syntax.Block;

namespace PolicyKb.Importing.Markdown;

/// <summary>Where a Markdig block is in its source: its raw text and its location.</summary>
internal static class MarkdownSource
{
    public static string Raw(this SourceText source, MdBlock block) => source.RawSpan(block).ToString();

    public static ReadOnlySpan<char> RawSpan(this SourceText source, MdBlock block) =>
        block.Span.Start >= 0 && block.Span.End < source.Content.Length + 1 && block.Span.Length > 0
            ? source.Content.AsSpan(block.Span.Start, Math.Min(block.Span.Length, source.Content.Length - block.Span.Start))
            : [];

    public static SourceLocation Locate(this SourceText source, MdBlock block) =>
        new(source.Path, block.Span.Start >= 0 ? source.LineOf(block.Span.Start) : block.Line + source.FirstLine);
}
