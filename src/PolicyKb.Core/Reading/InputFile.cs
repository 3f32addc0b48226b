namespace PolicyKb.Reading;

/// <summary>
/// A file of the input folder as one walk of the folder finds it: its path relative to the folder (with <c>/</c>),
/// its full path, its size and the time it last changed. A build walks its input once and every check of "did the
/// input change" reads this listing.
/// </summary>
public sealed record InputFile(string Path, string FullPath, long Length, DateTime LastWriteUtc)
{
    /// <summary>Every file under <paramref name="root"/> (none when it does not exist), in ordinal order of their paths.</summary>
    public static ImmutableArray<InputFile> AllIn(string root)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        return [.. new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(file => new InputFile(System.IO.Path.GetRelativePath(root, file.FullName).Replace(System.IO.Path.DirectorySeparatorChar, '/'), file.FullName, file.Length, file.LastWriteTimeUtc))
            .OrderBy(file => file.Path, StringComparer.Ordinal)];
    }
}
