using System.Text;
using PolicyKb.Diagnostics;

namespace PolicyKb.Reading;

/// <summary>
/// Reads an input file as strict UTF-8. Empty files, binary files (NUL bytes) and invalid UTF-8 are reported
/// with the line where the problem is, and give no text.
/// </summary>
public static class InputFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and validates a file; returns null (and reports why) when it cannot be used as text.</summary>
    public static SourceText? Read(string fullPath, string relativePath, DiagnosticBag diagnostics, long maxBytes = 64L * 1024 * 1024)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > maxBytes)
            {
                diagnostics.Error(relativePath, 1, $"file is {info.Length:N0} bytes; the limit is {maxBytes:N0}");
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (IOException e)
        {
            diagnostics.Error(relativePath, 1, $"cannot read the file: {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Error(relativePath, 1, $"cannot read the file: {e.Message}");
            return null;
        }

        var text = Decode(bytes, relativePath, diagnostics);
        return text is null ? null : new SourceText(relativePath, text);
    }

    /// <summary>Decodes bytes as strict UTF-8 (a leading byte-order mark is dropped), reporting problems against <paramref name="relativePath"/>.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(relativePath, LineAt(bytes, nul), "binary file: it contains NUL bytes; expected UTF-8 text");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalidUtf8(bytes);
            diagnostics.Error(relativePath, LineAt(bytes, bad), $"not UTF-8: invalid byte 0x{bytes[bad]:X2} at byte {bad:N0}; save the file as UTF-8");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(relativePath, 1, bytes.Length == 0 ? "empty file" : "the file holds only white space");
            return null;
        }

        return text;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : Math.Max(0, bytes.Length - 1);
    }
}
