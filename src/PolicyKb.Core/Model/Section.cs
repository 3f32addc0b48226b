namespace PolicyKb.Model;

/// <summary>
/// A section of a document: its heading, level (2 for top-level sections, the document title being 1),
/// a stable id (a slug of the heading, unique within the version), its own blocks and its subsections.
/// </summary>
public sealed record Section(
    string Id,
    string Heading,
    int Level,
    ImmutableArray<Block> Blocks,
    ImmutableArray<Section> Children,
    SourceLocation Location) : ModelNode
{
    /// <summary>This section and all its descendants, in document order.</summary>
    public IEnumerable<Section> SelfAndDescendants() => this.Descendants<Section>().Prepend(this);
}
