namespace PolicyKb.Search.Indexing;

/// <summary>The version of the code that writes the index and its export: a cached index (and its export) from other code is never reused.</summary>
internal static class SearchCode
{
    public static string Version { get; } = string.Join('|',
        typeof(SearchCode).Assembly.ManifestModule.ModuleVersionId,
        typeof(Lucene.Net.Index.IndexWriter).Assembly.ManifestModule.ModuleVersionId,
        typeof(Lucene.Net.Analysis.Standard.StandardTokenizer).Assembly.ManifestModule.ModuleVersionId);
}
