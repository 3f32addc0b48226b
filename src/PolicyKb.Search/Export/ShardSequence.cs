namespace PolicyKb.Search.Export;

/// <summary>
/// Cuts a sorted run of encoded entries into shards of about <paramref name="targetBytes"/> each, so that a lookup
/// downloads one small file. Each shard starts with its entry count; entries are front-coded from the shard's start.
/// </summary>
internal sealed class ShardSequence(int targetBytes)
{
    private readonly List<(string First, string Last, byte[] Content)> _shards = [];
    private readonly ByteBuffer _current = new();
    private string? _first;
    private string _previous = "";
    private int _count;

    /// <summary>Starts an entry for <paramref name="key"/>, cutting a new shard first when the current one is full.</summary>
    public ByteBuffer Begin(string key)
    {
        if (_current.Length >= targetBytes)
        {
            Cut();
        }

        _first ??= key;
        var buffer = _current;
        buffer.FrontCoded(_previous, key);
        _previous = key;
        _count++;
        return buffer;
    }

    public IReadOnlyList<(string First, string Last, byte[] Content)> Finish()
    {
        Cut();
        return _shards;
    }

    private void Cut()
    {
        if (_first is null)
        {
            return;
        }

        var shard = new ByteBuffer(_current.Length + 5);
        shard.VarInt(_count);
        shard.Bytes(_current.Written);
        _shards.Add((_first, _previous, shard.ToArray()));
        _current.Clear();
        _first = null;
        _previous = "";
        _count = 0;
    }
}
