using PolicyKb.Search.Export.Format;

namespace PolicyKb.Search.Export;

/// <summary>Cuts sorted entries into shard files and lists them as <see cref="ShardList"/> describes.</summary>
internal static class Shards
{
    /// <summary>
    /// Cuts <paramref name="entries"/> into shards in <paramref name="folder"/>, each named by its content. A query reads
    /// about five shards of a kind, and the manifest (which every first query reads) lists each shard in about 14 bytes
    /// after gzip: shards of sqrt(5 × total) bytes balance the two, from about a kilobyte on a small site to a few on a
    /// hundred documents.
    /// </summary>
    public static ShardList Cut(ExportFiles files, string folder, IReadOnlyList<ShardEntry> entries)
    {
        var total = entries.Sum(e => (long)e.Size);
        var shards = new ShardSequence((int)Math.Clamp(Math.Sqrt(5.0 * total), 1024, 16 * 1024));
        foreach (var (key, _, write) in entries)
        {
            write(shards.Begin(key));
        }

        var keys = ImmutableArray.CreateBuilder<string>();
        var names = ImmutableArray.CreateBuilder<string>();
        string? previousLast = null;
        foreach (var (first, last, content) in shards.Finish())
        {
            keys.Add(previousLast is null ? "" : SeparatingPrefix(previousLast, first));
            names.Add(files.AddNamedByContent(folder, "bin", content));
            previousLast = last;
        }

        return new ShardList(folder + "/", keys.ToImmutable(), names.ToImmutable());
    }

    /// <summary>The shortest prefix of <paramref name="first"/> that sorts after <paramref name="previous"/> (so it still separates the shards).</summary>
    private static string SeparatingPrefix(string previous, string first)
    {
        for (var length = 1; length < first.Length; length++)
        {
            if (char.IsHighSurrogate(first[length - 1]))
            {
                continue;
            }

            if (CodePointOrder.Instance.Compare(first[..length], previous) > 0)
            {
                return first[..length];
            }
        }

        return first;
    }
}
