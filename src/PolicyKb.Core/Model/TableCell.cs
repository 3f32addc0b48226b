namespace PolicyKb.Model;

/// <summary>A table cell. Cells hold blocks because policy tables put lists inside cells.</summary>
public sealed record TableCell(ImmutableArray<Block> Blocks);
