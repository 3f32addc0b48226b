using System.Text;

namespace PolicyKb.Search.Export;

/// <summary>
/// A growable byte buffer with the export's encodings: unsigned LEB128 variable-length integers, raw bytes, and
/// strings front-coded against the previous one (UTF-16 units shared, then the rest in UTF-8).
/// </summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes;

    public ByteBuffer(int capacity = 1024) => _bytes = new byte[Math.Max(16, capacity)];

    public int Length { get; private set; }

    public void Byte(byte value)
    {
        Ensure(1);
        _bytes[Length++] = value;
    }

    public void VarInt(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Ensure(10);
        while (value >= 0x80)
        {
            _bytes[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _bytes[Length++] = (byte)value;
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Writes <paramref name="value"/> as the length it shares with <paramref name="previous"/> and the UTF-8 of the rest.</summary>
    public void FrontCoded(string previous, string value)
    {
        var shared = 0;
        var max = Math.Min(previous.Length, value.Length);
        while (shared < max && previous[shared] == value[shared])
        {
            shared++;
        }

        // Never split a surrogate pair: the rest must be valid UTF-16 on its own.
        if (shared > 0 && shared < value.Length && char.IsLowSurrogate(value[shared]))
        {
            shared--;
        }

        var rest = value.AsSpan(shared);
        var length = Encoding.UTF8.GetByteCount(rest);
        VarInt(shared);
        VarInt(length);
        Ensure(length);
        Length += Encoding.UTF8.GetBytes(rest, _bytes.AsSpan(Length));
    }

    /// <summary>What has been written so far (valid until the next write).</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public byte[] ToArray() => _bytes.AsSpan(0, Length).ToArray();

    /// <summary>Empties the buffer, keeping its capacity (for a scratch buffer used over and over).</summary>
    public void Clear() => Length = 0;

    private void Ensure(int extra)
    {
        if (Length + extra > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + extra));
        }
    }
}
