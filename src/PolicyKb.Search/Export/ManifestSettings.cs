using Lucene.Net.Index;
using PolicyKb.Search.Export.Format;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Querying;
using PolicyKb.Search.Results;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Export;

/// <summary>What the manifest says besides the lists of files: the index's field statistics and the settings the searcher uses.</summary>
internal static class ManifestSettings
{
    public static Bm25Settings Similarity { get; } = new(SearchIndexWriter.K1, SearchIndexWriter.B);

    public static QuerySettings Query { get; } = new(
        SearchFields.WordFields,
        SearchFields.PhraseFields,
        QueryWeights.Field.ToImmutableSortedDictionary(StringComparer.Ordinal),
        QueryWeights.Phrase.ToImmutableSortedDictionary(StringComparer.Ordinal),
        QueryWeights.Pair,
        QueryWeights.Prefix,
        QueryWeights.PrefixMinLength,
        QueryWeights.PrefixMaxExpansions,
        QueryWeights.Typo,
        QueryWeights.TypoMinLength,
        QueryWeights.TypoPrefixLength,
        QueryWeights.TypoMaxExpansions,
        QueryWeights.Synonym,
        QueryWeights.MaxWords);

    public static SnippetSettings Snippet { get; } = new(SnippetBuilder.MaxLength, SnippetBuilder.Lead, TextPages.MinPageLength, TextPages.MaxPages, TextPages.Margin);

    public static SuggestSettings Suggest { get; } = new(NearestWords.MinLength, NearestWords.PerWord, NearestWords.Max);

    /// <summary>The collection statistics of <paramref name="fields"/> in <paramref name="reader"/> (their sums over its parts).</summary>
    public static ImmutableArray<FieldStatistics> Fields(IndexReader reader, ImmutableArray<string> fields) => [.. fields.Select(field =>
    {
        var terms = MultiFields.GetTerms(reader, field);
        return new FieldStatistics(field, terms?.SumTotalTermFreq ?? 0, terms?.DocCount ?? 0, SearchFields.PhraseFields.Contains(field), field == SearchFields.Text);
    })];
}
