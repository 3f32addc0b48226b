using PolicyKb.Hashing;
using PolicyKb.Reading;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// A hash of an input folder (every file's path, size and time of last change) and of the search code that indexed
/// it, so that a command can tell whether the index in the cache still matches the input without reading a file.
/// </summary>
public static class InputFingerprint
{
    /// <summary>The fingerprint of the folder as it is now.</summary>
    public static string Of(string inputFolder) => Of(InputFile.AllIn(inputFolder));

    /// <summary>The fingerprint of a listing of the input, such as the one a build made when it began (<see cref="InputFingerprints.Files"/>).</summary>
    public static string Of(IEnumerable<InputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = new ContentHash();
        hash.Add(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        foreach (var file in files)
        {
            hash.Add(file.Path).Add(file.Length).Add(file.LastWriteUtc.Ticks);
        }

        return hash.Finish();
    }
}
