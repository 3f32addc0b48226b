namespace PolicyKb.Search.Export;

/// <summary>
/// Collects the positions of terms into shards of about <paramref name="targetBytes"/>; a term's entry points at its
/// shard and byte offset. Positions are only downloaded for phrases.
/// </summary>
internal sealed class PositionStore(int targetBytes)
{
    private readonly List<byte[]> _shards = [];
    private ByteBuffer _current = new();

    /// <summary>Appends one term's positions (already encoded) and returns where they are.</summary>
    public (int Shard, int Offset) Add(byte[] positions)
    {
        if (_current.Length > 0 && _current.Length + positions.Length > targetBytes)
        {
            _shards.Add(_current.ToArray());
            _current = new ByteBuffer();
        }

        var location = (_shards.Count, _current.Length);
        _current.Bytes(positions);
        return location;
    }

    public IReadOnlyList<byte[]> Finish()
    {
        if (_current.Length > 0)
        {
            _shards.Add(_current.ToArray());
            _current = new ByteBuffer();
        }

        return _shards;
    }
}
