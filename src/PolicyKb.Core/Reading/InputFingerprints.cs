using System.Security.Cryptography;
using PolicyKb.Hashing;

namespace PolicyKb.Reading;

/// <summary>
/// A content hash of every file of the input folder, so that later steps can tell what a page depends on and
/// whether it changed since the last build; and the listing the hashes were made from (<see cref="Files"/>), for
/// the checks that need only paths, sizes and times.
/// </summary>
public sealed class InputFingerprints
{
    private readonly Dictionary<string, string> _hashes;

    private InputFingerprints(ImmutableArray<InputFile> files, Dictionary<string, string> hashes)
    {
        Files = files;
        _hashes = hashes;
    }

    /// <summary>The input's files, as the one walk of the folder found them.</summary>
    public ImmutableArray<InputFile> Files { get; }

    /// <summary>The hash of one input file (by path relative to the input folder), or "absent".</summary>
    public string Of(string relativePath) => _hashes.TryGetValue(relativePath, out var hash) ? hash : "absent";

    /// <summary>
    /// One hash for every file under a folder of the input, but those under its subfolder <paramref name="except"/>
    /// (relative to the folder, ending in <c>/</c>) when one is given.
    /// </summary>
    public string OfFolder(string relativeFolder, string? except = null)
    {
        var prefix = relativeFolder.TrimEnd('/') + "/";
        var excluded = except is null ? null : prefix + except;
        return ContentHash.Of(_hashes.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal) && (excluded is null || !f.Key.StartsWith(excluded, StringComparison.Ordinal)))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .SelectMany(f => new[] { f.Key, f.Value }));
    }

    public static InputFingerprints Compute(string root)
    {
        var files = InputFile.AllIn(root);
        var hashes = new string[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            using var stream = File.OpenRead(files[i].FullPath);
            hashes[i] = Convert.ToHexStringLower(SHA256.HashData(stream));
        });
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            byPath[files[i].Path] = hashes[i];
        }

        return new InputFingerprints(files, byPath);
    }
}
