using System.Collections.Concurrent;
using System.Text;

namespace PolicyKb.Pipeline;

/// <summary>
/// The files a build publishes, held in memory until the build has succeeded. Paths are relative to the output
/// folder with forward slashes. Steps may add files in parallel; adding the same path twice is a bug in the steps.
/// </summary>
public sealed class OutputSet
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTime> _unchanged = new(StringComparer.Ordinal);

    public int Count => _files.Count;

    public void Add(string path, byte[] content)
    {
        var normalized = Normalize(path);
        if (!_files.TryAdd(normalized, content))
        {
            throw new InvalidOperationException($"Two build steps write the output file '{normalized}'.");
        }
    }

    public void Add(string path, string text) => Add(path, Utf8.GetBytes(text));

    /// <summary>
    /// Adds a file read as it was from the previous output, whose file there was last written at
    /// <paramref name="lastWriteUtc"/> (taken before reading it): publishing links to that file without reading it
    /// again to compare, as long as it still has that time and size.
    /// </summary>
    public void AddUnchanged(string path, byte[] content, DateTime lastWriteUtc)
    {
        Add(path, content);
        _unchanged[Normalize(path)] = lastWriteUtc;
    }

    /// <summary>The files added with <see cref="AddUnchanged"/> and the time of the previous output's file; a replaced file is not in it.</summary>
    public IReadOnlyDictionary<string, DateTime> Unchanged => _unchanged;

    /// <summary>Replaces a file (for post-processing steps that rewrite what an earlier step wrote).</summary>
    public void Replace(string path, byte[] content)
    {
        var normalized = Normalize(path);
        _files[normalized] = content;
        _unchanged.TryRemove(normalized, out _);
    }

    public bool Contains(string path) => _files.ContainsKey(Normalize(path));

    public byte[]? Get(string path) => _files.TryGetValue(Normalize(path), out var content) ? content : null;

    public string? GetText(string path) => Get(path) is { } bytes ? Utf8.GetString(bytes) : null;

    /// <summary>All files, ordered by path, so that writing them is deterministic.</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> Files => [.. _files.OrderBy(f => f.Key, StringComparer.Ordinal)];

    public long TotalBytes => _files.Values.Sum(f => (long)f.Length);

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/').TrimStart('/');
        if (normalized.Length == 0 || normalized.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new ArgumentException($"'{path}' is not a valid output path.", nameof(path));
        }

        return normalized;
    }
}
