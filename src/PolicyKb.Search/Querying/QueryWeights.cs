using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Querying;

/// <summary>
/// The numbers of the query semantics (see README.md). The static export writes them into its manifest, so the
/// search page's script uses these values and no copy of its own.
/// </summary>
public static class QueryWeights
{
    /// <summary>Boost of a query word in each field it is looked up in: headings and defined terms weigh more than text.</summary>
    public static readonly ImmutableDictionary<string, float> Field = new Dictionary<string, float>
    {
        [SearchFields.Text] = 1f,
        [SearchFields.Heading] = 1.5f,
        [SearchFields.Title] = 0.5f,
        [SearchFields.Terms] = 1.5f,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Boost of an exact phrase (quoted, or a multi-word synonym) in each field it is looked up in.</summary>
    public static readonly ImmutableDictionary<string, float> Phrase = new Dictionary<string, float>
    {
        [SearchFields.Text] = 2f,
        [SearchFields.Heading] = 1.5f,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Boost of two query words found next to each other (the <see cref="SearchFields.Pairs"/> field).</summary>
    public const float Pair = 1.5f;

    /// <summary>Factor on the field boost of a word that completes the last, still typed, word.</summary>
    public const float Prefix = 0.5f;

    /// <summary>The last word completes as a prefix from this many characters on.</summary>
    public const int PrefixMinLength = 2;

    /// <summary>At most this many stems complete the last word, the most used first.</summary>
    public const int PrefixMaxExpansions = 8;

    /// <summary>Factor on the field boost of a word one edit away from a word that the index does not have.</summary>
    public const float Typo = 0.5f;

    /// <summary>Words of this many characters or more tolerate one typo (an insertion, deletion, substitution or transposition).</summary>
    public const int TypoMinLength = 5;

    /// <summary>A mistyped word's first letters, taken as typed (typos there are rare, and the rest of the vocabulary stays unread).</summary>
    public const int TypoPrefixLength = 2;

    /// <summary>At most this many stems stand in for a mistyped word, the most used first.</summary>
    public const int TypoMaxExpansions = 3;

    /// <summary>Factor on the boost of a glossary synonym of a query word or words.</summary>
    public const float Synonym = 0.8f;

    /// <summary>Words after this many are ignored (a query is a few words, not a document).</summary>
    public const int MaxWords = 24;
}
