namespace PolicyKb.Model;

/// <summary>
/// Where a definition comes from: a section of a document of the knowledge base (<paramref name="Document"/> is a
/// policy or memo id, <paramref name="Section"/> a section id or null for the whole document), or an outside URL.
/// </summary>
public sealed record TermSource(string? Document, string? Section, string? Url, SourceLocation Location)
{
    /// <summary>Whether <see cref="Document"/> is a policy or a memo (their pages live under different URLs).</summary>
    public DocumentKind DocumentKind { get; init; } = DocumentKind.Policy;

    public override string ToString() => Url ?? (Section is null ? Document! : $"{Document}#{Section}");
}
