using Lucene.Net.Index;
using Lucene.Net.Store;
using PolicyKb.Model;

namespace PolicyKb.Search.Indexing;

/// <summary>
/// Keeps the Lucene index in the cache folder in step with the input: a command that searches without a build first
/// rebuilds the index when the input (or the search code) changed since it was written.
/// </summary>
public static class SearchIndexCache
{
    /// <summary>
    /// Rebuilds the index in <paramref name="indexFolder"/> from <paramref name="load"/> if it is missing or was built
    /// from other input. Returns false when it had to rebuild and <paramref name="load"/> found errors (returned null).
    /// </summary>
    public static bool EnsureFresh(string inputFolder, string indexFolder, Func<KnowledgeBase?> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var fingerprint = InputFingerprint.Of(inputFolder);
        if (Fingerprint(indexFolder) == fingerprint)
        {
            return true;
        }

        var knowledgeBase = load();
        if (knowledgeBase is null)
        {
            return false;
        }

        SearchIndexFolder.Replace(indexFolder, directory => SearchIndexWriter.Write(knowledgeBase, directory, fingerprint));
        return true;
    }

    private static string? Fingerprint(string indexFolder)
    {
        if (!System.IO.Directory.Exists(indexFolder))
        {
            return null;
        }

        using var directory = FSDirectory.Open(indexFolder);
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }

        using var reader = DirectoryReader.Open(directory);
        try
        {
            return IndexDescription.FromCommitData(reader.IndexCommit.UserData).Fingerprint;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
