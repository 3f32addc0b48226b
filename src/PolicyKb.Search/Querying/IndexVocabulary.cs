using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PolicyKb.Search.Analysis;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Querying;

/// <summary>The <see cref="IVocabulary"/> of a Lucene index: its <see cref="SearchFields.Words"/> terms and its term statistics.</summary>
public sealed class IndexVocabulary(IndexReader reader, Analyzer analyzer) : IVocabulary
{
    private readonly ConcurrentDictionary<string, string?> _stems = new(StringComparer.Ordinal);

    public IEnumerable<VocabularyWord> WordsStartingWith(string prefix)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Words);
        if (terms is null)
        {
            yield break;
        }

        var termsEnum = terms.GetEnumerator();
        if (termsEnum.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
        {
            yield break;
        }

        do
        {
            var word = termsEnum.Term.Utf8ToString();
            if (!word.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield break;
            }

            yield return new VocabularyWord(word, termsEnum.DocFreq);
        }
        while (termsEnum.MoveNext());
    }

    public int DocFreq(string field, string term) => reader.DocFreq(new Term(field, term));

    public string? Stem(string word) => _stems.GetOrAdd(word, w =>
    {
        var terms = TextAnalysis.Terms(analyzer, SearchFields.Text, w);
        return terms.Length == 1 ? terms[0] : null;
    });
}
