using System.Security.Cryptography;
using System.Text;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// A hash of an input folder (every file's path, size and time of last change) and of the search code that indexed
/// it, so that a command can tell whether the index in the cache still matches the input.
/// </summary>
public static class InputFingerprint
{
    public static string Of(string inputFolder)
    {
        var builder = new StringBuilder();
        builder.Append(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        if (Directory.Exists(inputFolder))
        {
            foreach (var file in Directory.EnumerateFiles(inputFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                builder.Append(Path.GetRelativePath(inputFolder, file).Replace('\\', '/')).Append('\t')
                    .Append(info.Length).Append('\t').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
