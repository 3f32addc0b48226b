namespace PolicyKb.Model;

/// <summary>The body of a document: blocks before the first heading, then the section tree.</summary>
public sealed record DocumentContent(ImmutableArray<Block> Preamble, ImmutableArray<Section> Sections)
{
    public static DocumentContent Empty { get; } = new([], []);

    /// <summary>Every section of the tree, in document order.</summary>
    public IEnumerable<Section> AllSections() => this.Descendants<Section>();
}
