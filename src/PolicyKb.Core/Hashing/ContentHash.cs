using System.Security.Cryptography;
using System.Text;

namespace PolicyKb.Hashing;

/// <summary>
/// The one hash by which the build's caches tell whether what they were made of changed: SHA-256 of a sequence of
/// values, each preceded by its length so that no two sequences give the same bytes ("ab", "c" and "a", "bc"); the
/// first 32 hex digits. Input fingerprints, page fingerprints and the search index's parts are all named by it.
/// </summary>
public sealed class ContentHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = new byte[4096];

    /// <summary>The hash of <paramref name="values"/>, in their order.</summary>
    public static string Of(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var hash = new ContentHash();
        foreach (var value in values)
        {
            hash.Add(value);
        }

        return hash.Finish();
    }

    /// <summary>Adds a value: its length in UTF-8 bytes, then those bytes.</summary>
    public ContentHash Add(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = Encoding.UTF8.GetByteCount(value);
        if (length > _buffer.Length)
        {
            _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        }

        Encoding.UTF8.GetBytes(value, _buffer);
        _hash.AppendData(BitConverter.GetBytes(length));
        _hash.AppendData(_buffer, 0, length);
        return this;
    }

    /// <summary>Adds a number as its invariant decimal text.</summary>
    public ContentHash Add(long value) => Add(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a count and then each value, so that where one list ends and the next begins is part of the hash.</summary>
    public ContentHash AddAll(IReadOnlyCollection<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Add(values.Count);
        foreach (var value in values)
        {
            Add(value);
        }

        return this;
    }

    /// <summary>The hash of everything added, as 32 lower-case hex digits.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset())[..32];

    public void Dispose() => _hash.Dispose();
}
