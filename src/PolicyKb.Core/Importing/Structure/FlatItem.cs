using PolicyKb.Model;

namespace PolicyKb.Importing.Structure;

/// <summary>
/// A document read as a flat sequence, before the section tree is built: headings and blocks in order.
/// Importers produce these; <see cref="SectionTreeBuilder"/> nests them.
/// </summary>
internal abstract record FlatItem(SourceLocation Location);

internal sealed record HeadingItem(int Level, string Text, SourceLocation Location) : FlatItem(Location);

internal sealed record BlockItem(Block Block) : FlatItem(Block.Location);
