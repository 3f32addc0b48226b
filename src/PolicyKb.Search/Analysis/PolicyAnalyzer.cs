using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Analysis;

/// <summary>
/// The one analysis of policy text, used to index and to query (and ported token for token to the search page's
/// script): Unicode word boundaries, lower case, English possessives removed, English stop words removed (leaving a
/// position gap), Porter stems, stacked duplicates removed. Two fields see a variant of the same chain:
/// <see cref="SearchFields.Words"/> stops before stemming (the vocabulary that prefix and typo matching start from),
/// and <see cref="SearchFields.Pairs"/> joins each stem to the next (adjacent words, so phrase-like matches rank
/// above scattered words without shipping positions to the browser).
/// </summary>
public sealed class PolicyAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // The chain differs by field, so components are cached per field (the default shares one chain for all fields).
    public PolicyAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, Finish(fieldName, Words(tokenizer)));
    }

    /// <summary>The part of the chain every field shares: lower-cased words, possessives and stop words removed.</summary>
    internal static TokenStream Words(Tokenizer tokenizer)
    {
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        return new StopFilter(Version, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    /// <summary>The rest of <paramref name="fieldName"/>'s chain after <see cref="Words"/>.</summary>
    internal static TokenStream Finish(string fieldName, TokenStream words)
    {
        var stream = fieldName == SearchFields.Words ? words : new PorterStemFilter(words);

        // Last, so that nothing after it can stack a duplicate again (duplicates at one position inflate BM25).
        stream = new RemoveDuplicatesTokenFilter(stream);
        if (fieldName == SearchFields.Pairs)
        {
            stream = new AdjacentPairFilter(stream);
        }

        return stream;
    }

    /// <summary>The shared part of the chain (<see cref="Words"/>) as an analyzer, whatever the field.</summary>
    internal sealed class SharedWords : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, Words(tokenizer));
        }
    }
}
