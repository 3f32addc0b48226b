namespace PolicyKb.Search.Querying;

/// <summary>
/// Suggestions for a query that finds nothing: for each of its words of <see cref="MinLength"/> characters or more,
/// the index's words at most two edits away that start with the same character, nearest first, then the most used;
/// at most <see cref="PerWord"/> per word and <see cref="Max"/> in all.
/// </summary>
public static class NearestWords
{
    public const int MinLength = 3;
    public const int PerWord = 3;
    public const int Max = 5;

    public static ImmutableArray<string> For(IVocabulary vocabulary, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var word in words.Where(w => w.Length >= MinLength).Distinct(StringComparer.Ordinal))
        {
            var nearest = vocabulary.WordsStartingWith(word[..1])
                .Where(w => w.Word != word)
                .Select(w => (w.Word, w.DocFreq, Distance: EditDistance.Between(w.Word, word, 2)))
                .Where(w => w.Distance <= 2)
                .OrderBy(w => w.Distance).ThenByDescending(w => w.DocFreq).ThenBy(w => w.Word, StringComparer.Ordinal)
                .Take(PerWord);
            foreach (var (suggestion, _, _) in nearest)
            {
                if (result.Count < Max && !result.Contains(suggestion))
                {
                    result.Add(suggestion);
                }
            }
        }

        return result.ToImmutable();
    }
}
