using System.Security.Cryptography;

namespace PolicyKb.Search.Export;

/// <summary>The files of one export as they are made; the same path is one file.</summary>
internal sealed class ExportFiles
{
    /// <summary>Hex digits of SHA-256 in a file name: 48 bits, plenty to tell a site's files apart.</summary>
    public const int HashLength = 12;

    private readonly Dictionary<string, ExportedFile> _files = new(StringComparer.Ordinal);

    /// <summary>Every file, in path order.</summary>
    public ImmutableArray<ExportedFile> All => [.. _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];

    public void Add(ExportedFile file) => _files.TryAdd(file.Path, file);

    /// <summary>Adds a file named by its content (the same content is one file) and returns its name: the hash, without folder or extension.</summary>
    public string AddNamedByContent(string folder, string extension, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..HashLength];
        Add(new ExportedFile($"{folder}/{hash}.{extension}", content));
        return hash;
    }
}
