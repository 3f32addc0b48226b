namespace PolicyKb.Search.Export.Format;

/// <summary>
/// The position shards: the positions of a term in a field start at the byte offset its entry gives, and are, for each
/// posting in order, as many integers as its frequency: each position as the gap from the one before, minus one (the
/// first counts from −1).
/// </summary>
/// <param name="Dir">The folder of the shards, ending in <c>/</c>.</param>
/// <param name="Files">The shards, in the order a term entry numbers them: <see cref="Dir"/>, the name, <c>.bin</c>.</param>
public sealed record PositionFiles(string Dir, ImmutableArray<string> Files);
