namespace PolicyKb.Search.Export.Format;

/// <summary>The parameters of Lucene's BM25Similarity, which the script computes in single precision as Lucene does.</summary>
public sealed record Bm25Settings(float K1, float B);
