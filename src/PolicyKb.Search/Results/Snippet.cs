namespace PolicyKb.Search.Results;

/// <summary>An excerpt of a section's text around the words a query matched, as runs of plain and highlighted text.</summary>
public sealed record Snippet(ImmutableArray<SnippetPart> Parts)
{
    public string Text => string.Concat(Parts.Select(p => p.Text));
}
