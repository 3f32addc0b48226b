namespace PolicyKb.Search.Indexing;

/// <summary>
/// Replaces the index in a folder without anyone seeing it half-written: the new index is written to a fresh folder
/// beside it, which then takes the old one's place (the last build to finish wins). Two builds sharing a cache
/// folder never write the same files, and a searcher with the old index open keeps reading it until it reopens.
/// </summary>
public static class SearchIndexFolder
{
    private const int Attempts = 3;

    /// <summary>
    /// Writes a new index folder with <paramref name="write"/>, which is given the path of the new folder, and puts it
    /// in <paramref name="folder"/>.
    /// </summary>
    public static T Replace<T>(string folder, Func<string, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(folder);
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException("The index folder needs a parent folder.", nameof(folder));
        System.IO.Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            System.IO.Directory.CreateDirectory(staging);
            var result = write(staging);

            for (var attempt = 1; ; attempt++)
            {
                var retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}-{Guid.NewGuid():N}");
                try
                {
                    if (System.IO.Directory.Exists(full))
                    {
                        System.IO.Directory.Move(full, retired);
                    }

                    System.IO.Directory.Move(staging, full);
                    return result;
                }
                catch (IOException) when (attempt < Attempts)
                {
                    // Another build moved its index in between: retire that one too and try again.
                }
                finally
                {
                    DeleteQuietly(retired);
                }
            }
        }
        finally
        {
            DeleteQuietly(staging);
        }
    }

    internal static void DeleteQuietly(string folder)
    {
        try
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A searcher holding the old files open (on Windows) keeps the folder a while; its name says what it is.
        }
    }
}
