using PolicyKb.Model;
using PolicyKb.Words;

namespace PolicyKb.Enriching.Changes;

/// <summary>
/// Matches the sections of two versions of a policy. Sections with the same id match first. The rest are paired
/// greedily, best score first, when their headings and text are similar enough:
/// <list type="bullet">
/// <item>same or nearly the same heading (word overlap at least <see cref="SameHeading"/>) and at least
/// <see cref="TextWithSameHeading"/> of the text in common, or no text of their own on either side;</item>
/// <item>a similar heading (at least <see cref="SimilarHeading"/>) and at least <see cref="TextWithSimilarHeading"/> of the text;</item>
/// <item>any heading and at least <see cref="TextAlone"/> of the text, if both have at least <see cref="MinimumWordsForTextMatch"/>
/// words: a renamed section.</item>
/// </list>
/// Similarity is the Dice coefficient of the word multisets, compared case-insensitively with punctuation style folded
/// and lost link text ignored, so a plain-text recording still matches the Markdown of the same policy.
/// Short boilerplate sections ("Learn more") are not matched on text alone, because they are alike everywhere.
/// </summary>
public static class SectionMatcher
{
    public const double SameHeading = 0.85;
    public const double SimilarHeading = 0.5;
    public const double TextWithSameHeading = 0.3;
    public const double TextWithSimilarHeading = 0.5;
    public const double TextAlone = 0.7;
    public const int MinimumWordsForTextMatch = 12;

    public static ImmutableArray<SectionMatch> Match(DocumentContent older, DocumentContent newer)
    {
        var olderSections = Flatten(older);
        var newerSections = Flatten(newer);
        var matches = new List<SectionMatch>();
        var olderById = olderSections.ToDictionary(s => s.Section.Id, StringComparer.Ordinal);
        var matchedOlder = new HashSet<Section>(ReferenceEqualityComparer.Instance);
        var matchedNewer = new HashSet<Section>(ReferenceEqualityComparer.Instance);
        foreach (var candidate in newerSections)
        {
            if (olderById.TryGetValue(candidate.Section.Id, out var same))
            {
                matches.Add(new SectionMatch(same.Section, candidate.Section, MatchMethod.Id, Similarity(same.Heading, candidate.Heading), TextSimilarity(same, candidate)));
                matchedOlder.Add(same.Section);
                matchedNewer.Add(candidate.Section);
            }
        }

        var pairs = new List<(double Score, int Older, int Newer, SectionMatch Match)>();
        for (var n = 0; n < newerSections.Length; n++)
        {
            if (matchedNewer.Contains(newerSections[n].Section))
            {
                continue;
            }

            for (var o = 0; o < olderSections.Length; o++)
            {
                if (!matchedOlder.Contains(olderSections[o].Section) && Candidate(olderSections[o], newerSections[n]) is { } pair)
                {
                    pairs.Add((pair.Score, o, n, pair.Match));
                }
            }
        }

        // Best first; ties go to the pair closest in document order, so repeated headings pair up in order.
        foreach (var (_, o, n, match) in pairs.OrderByDescending(p => p.Score).ThenBy(p => Math.Abs(p.Older - p.Newer)).ThenBy(p => p.Newer))
        {
            if (!matchedOlder.Contains(match.Older) && !matchedNewer.Contains(match.Newer))
            {
                matches.Add(match);
                matchedOlder.Add(match.Older);
                matchedNewer.Add(match.Newer);
            }
        }

        var newerOrder = new Dictionary<Section, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < newerSections.Length; i++)
        {
            newerOrder[newerSections[i].Section] = i;
        }

        return [.. matches.OrderBy(m => newerOrder[m.Newer])];
    }

    private static (double Score, SectionMatch Match)? Candidate(Profile older, Profile newer)
    {
        var heading = Similarity(older.Heading, newer.Heading);
        var text = TextSimilarity(older, newer);
        MatchMethod? method = text switch
        {
            null when heading >= SameHeading => MatchMethod.Heading,
            not null when heading >= SameHeading && text >= TextWithSameHeading => MatchMethod.Heading,
            not null when heading >= SimilarHeading && text >= TextWithSimilarHeading => MatchMethod.Heading,
            not null when text >= TextAlone && older.WordCount >= MinimumWordsForTextMatch && newer.WordCount >= MinimumWordsForTextMatch => MatchMethod.Text,
            _ => null,
        };
        if (method is null)
        {
            return null;
        }

        var score = text is { } t ? (0.4 * heading) + (0.6 * t) : heading;
        return (score, new SectionMatch(older.Section, newer.Section, method.Value, heading, text));
    }

    /// <summary>Null when neither section has text of its own (a heading that only groups subsections); 0 when one side has none.</summary>
    private static double? TextSimilarity(Profile older, Profile newer) =>
        older.Words.Count == 0 && newer.Words.Count == 0 ? null : Similarity(older.Words, newer.Words, older.WordCount, newer.WordCount);

    private static double Similarity(Dictionary<string, int> older, Dictionary<string, int> newer) =>
        Similarity(older, newer, older.Values.Sum(), newer.Values.Sum());

    private static double Similarity(Dictionary<string, int> older, Dictionary<string, int> newer, int olderCount, int newerCount)
    {
        if (olderCount + newerCount == 0)
        {
            return 1;
        }

        var (small, large) = older.Count <= newer.Count ? (older, newer) : (newer, older);
        var common = 0;
        foreach (var (word, count) in small)
        {
            if (large.TryGetValue(word, out var other))
            {
                common += Math.Min(count, other);
            }
        }

        return 2.0 * common / (olderCount + newerCount);
    }

    private static ImmutableArray<Profile> Flatten(DocumentContent content) =>
        [.. content.AllSections().Select(section =>
        {
            var text = ComparableText.Of(section.Blocks);
            var words = Bag(text.Tokens);
            return new Profile(section, Bag(ComparableText.Of(section.Heading).Tokens), words, words.Values.Sum());
        })];

    /// <summary>The words of a text, lower-cased and with punctuation style folded, counted.</summary>
    private static Dictionary<string, int> Bag(ImmutableArray<TextToken> tokens)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens.Where(t => t.Kind == TextTokenKind.Word))
        {
            var key = PunctuationStyle.Fold(token.Value).ToLowerInvariant();
            bag[key] = bag.GetValueOrDefault(key) + 1;
        }

        return bag;
    }

    private sealed record Profile(Section Section, Dictionary<string, int> Heading, Dictionary<string, int> Words, int WordCount);
}
