namespace PolicyKb.Search.Export.Format;

/// <summary>
/// The shards of one kind of sorted entries: a shard is the number of its entries, then the entries, in code point
/// order of their keys (Lucene's term order), each key front-coded.
/// </summary>
/// <param name="Dir">The folder of the shards, ending in <c>/</c>.</param>
/// <param name="Keys">
/// Per shard, the shortest prefix of its first key that sorts after the last key of the shard before (the empty
/// string for the first): a key is in the last shard whose key sorts at or before it.
/// </param>
/// <param name="Files">Per shard, its file: <see cref="Dir"/>, the name, <c>.bin</c>.</param>
public sealed record ShardList(string Dir, ImmutableArray<string> Keys, ImmutableArray<string> Files);
