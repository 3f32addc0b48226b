namespace PolicyKb.Search.Export;

/// <summary>
/// An entry of a shard: its key, about how many bytes it takes (to size the shards before any is written), and how to
/// write the rest of it after its key. Writing is deferred so that term entries add their positions in shard order.
/// </summary>
internal readonly record struct ShardEntry(string Key, int Size, Action<ByteBuffer> Write);
