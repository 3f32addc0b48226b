namespace PolicyKb.Search.Querying;

/// <summary>What query planning looks up in an index: its surface words, and whether a stem occurs in a field.</summary>
public interface IVocabulary
{
    /// <summary>The surface words that start with <paramref name="prefix"/>, in index order.</summary>
    IEnumerable<VocabularyWord> WordsStartingWith(string prefix);

    /// <summary>The number of sections whose <paramref name="field"/> contains <paramref name="term"/>.</summary>
    int DocFreq(string field, string term);

    /// <summary>The stem of a surface word, or null for a word that analysis drops.</summary>
    string? Stem(string word);
}
