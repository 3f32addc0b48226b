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

        var sections = SectionCatalog.Of(knowledgeBase).ToList();
        var parts = IndexParts.Of(sections);
        PartedIndex.Write(indexFolder, sections, parts, SearchIndexWriter.Describe(knowledgeBase, parts, fingerprint), (_, _) => true);
        return true;
    }

    private static string? Fingerprint(string indexFolder)
    {
        try
        {
            return PartedIndex.ReadList(indexFolder)?.Description.Fingerprint;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
