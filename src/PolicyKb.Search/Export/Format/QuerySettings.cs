namespace PolicyKb.Search.Export.Format;

/// <summary>The numbers of the query semantics, as <see cref="Querying.QueryWeights"/> has them, so the script keeps no copy.</summary>
/// <param name="WordFields">The fields a query word is looked up in, in the order the query adds their clauses.</param>
/// <param name="PhraseFields">The fields a phrase is looked up in.</param>
/// <param name="FieldBoosts">The boost of a word in each word field, by field name.</param>
/// <param name="PhraseBoosts">The boost of a phrase in each phrase field, by field name.</param>
/// <param name="Pair">The boost of two query words found next to each other.</param>
/// <param name="Prefix">The factor on the field boost of a completion of the last word.</param>
/// <param name="PrefixMinLength">The last word completes from this many characters on.</param>
/// <param name="PrefixMaxExpansions">At most this many stems complete the last word.</param>
/// <param name="Typo">The factor on the field boost of a word one edit away from a word the index does not have.</param>
/// <param name="TypoMinLength">Words of this many characters or more tolerate one typo.</param>
/// <param name="TypoPrefixLength">A mistyped word's first characters, taken as typed.</param>
/// <param name="TypoMaxExpansions">At most this many stems stand in for a mistyped word.</param>
/// <param name="Synonym">The factor on the boost of a glossary synonym.</param>
/// <param name="MaxWords">Words after this many are ignored.</param>
public sealed record QuerySettings(
    ImmutableArray<string> WordFields,
    ImmutableArray<string> PhraseFields,
    ImmutableSortedDictionary<string, float> FieldBoosts,
    ImmutableSortedDictionary<string, float> PhraseBoosts,
    float Pair,
    float Prefix,
    int PrefixMinLength,
    int PrefixMaxExpansions,
    float Typo,
    int TypoMinLength,
    int TypoPrefixLength,
    int TypoMaxExpansions,
    float Synonym,
    int MaxWords);
