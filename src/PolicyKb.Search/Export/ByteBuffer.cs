using System.Text;

namespace PolicyKb.Search.Export;

/// <summary>
/// A growable byte buffer with the export's encodings: unsigned LEB128 variable-length integers, raw bytes, and
/// strings front-coded against the previous one (UTF-16 units shared, then the rest in UTF-8).
/// </summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes = new byte[1024];

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

        var rest = Encoding.UTF8.GetBytes(value[shared..]);
        VarInt(shared);
        VarInt(rest.Length);
        Bytes(rest);
    }

    public byte[] ToArray() => _bytes.AsSpan(0, Length).ToArray();

    private void Ensure(int extra)
    {
        if (Length + extra > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + extra));
        }
    }
}
