using System.Security.Cryptography;
using System.Text;

namespace PolicyKb.Reading;

/// <summary>
/// A content hash of every file of the input folder, so that later steps can tell what a page depends on and
/// whether it changed since the last build.
/// </summary>
public sealed class InputFingerprints(IReadOnlyDictionary<string, string> files)
{
    public IReadOnlyDictionary<string, string> Files { get; } = files;

    /// <summary>The hash of one input file (by path relative to the input folder), or "absent".</summary>
    public string Of(string relativePath) => Files.TryGetValue(relativePath, out var hash) ? hash : "absent";

    /// <summary>One hash for every file under a folder of the input.</summary>
    public string OfFolder(string relativeFolder)
    {
        var prefix = relativeFolder.TrimEnd('/') + "/";
        return Combine(Files.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .SelectMany(f => new[] { f.Key, f.Value }));
    }

    public static InputFingerprints Compute(string root)
    {
        var paths = Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
        var hashes = new string[paths.Length];
        Parallel.For(0, paths.Length, i =>
        {
            using var stream = File.OpenRead(paths[i]);
            hashes[i] = Convert.ToHexStringLower(SHA256.HashData(stream));
        });
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            files[Path.GetRelativePath(root, paths[i]).Replace(Path.DirectorySeparatorChar, '/')] = hashes[i];
        }

        return new InputFingerprints(files);
    }

    /// <summary>A hash of several values, order-sensitive and unambiguous (each value is length-prefixed).</summary>
    public static string Combine(IEnumerable<string> values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var value in values)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
