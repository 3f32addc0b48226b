using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Finds uses of defined terms in text. Terms and aliases go into a trie keyed by word, so one pass over a text's
/// words finds every term, whatever the number of terms. The leftmost, longest use wins ("Meta Company Products"
/// is one term, not "Meta Company" and "Products"); uses are whole words, never part of a longer hyphenated word.
/// Case is ignored unless the term asks for it (a document's capitalised drafting term, an all-capitals acronym).
/// A regular plural and a possessive ("partner's", "partners’") count as uses.
/// </summary>
public sealed class TermMatcher
{
    private readonly Node _root = new();
    private readonly int _longestPhrase;

    public TermMatcher(IEnumerable<DefinedTerm> terms)
    {
        foreach (var term in terms)
        {
            foreach (var spelling in term.Spellings)
            {
                if (TermTokenizer.Phrase(spelling) is not { } phrase)
                {
                    continue;
                }

                var matchCase = term.MatchCase || IsAcronym(spelling);
                foreach (var inflection in TermTokenizer.Inflections(phrase))
                {
                    Add(inflection, term.Id, matchCase);
                    _longestPhrase = Math.Max(_longestPhrase, inflection.Length);
                }
            }
        }
    }

    /// <summary>The uses of terms in <paramref name="text"/>, in order, none overlapping.</summary>
    public IReadOnlyList<TermMatch> Matches(string text)
    {
        if (_longestPhrase == 0)
        {
            return [];
        }

        var words = TermTokenizer.Words(text);
        var matches = new List<TermMatch>();
        var i = 0;
        while (i < words.Count)
        {
            // A word glued to the one before by a hyphen is part of a compound ("non-partner"), not the start of a use.
            if (words[i].HyphenBefore || Longest(text, words, i) is not var (termId, last))
            {
                i++;
                continue;
            }

            var start = words[i].Start;
            var end = WithPossessive(text, start, words[last].End);
            matches.Add(new TermMatch(termId, start, end - start));
            i = last + 1;
            while (i < words.Count && words[i].Start < end)
            {
                i++;
            }
        }

        return matches;
    }

    private (string TermId, int LastWord)? Longest(string text, List<TermTokenizer.Word> words, int first)
    {
        (string, int)? best = null;
        var node = _root;
        for (var j = first; j < words.Count && j - first < _longestPhrase; j++)
        {
            if (j > first && !words[j].JoinsPrevious)
            {
                break;
            }

            if (node.Children is null || !node.Lookup.TryGetValue(text.AsSpan(words[j].Start, words[j].Length), out var next))
            {
                break;
            }

            node = next;
            var endsInsideCompound = j + 1 < words.Count && words[j + 1].HyphenBefore;
            if (node.Entries is null || endsInsideCompound)
            {
                continue;
            }

            foreach (var entry in node.Entries)
            {
                if (entry.Accepts(text, words, first))
                {
                    best = (entry.TermId, j);
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>Extends a use over a possessive: "partner's", "partner’s", and "partners’" (unless a single quote opened before the use).</summary>
    private static int WithPossessive(string text, int start, int end)
    {
        if (end >= text.Length || !TermTokenizer.IsApostrophe(text[end]))
        {
            return end;
        }

        if (end + 1 < text.Length && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2])))
        {
            return end + 2;
        }

        var quoted = start > 0 && (TermTokenizer.IsApostrophe(text[start - 1]) || text[start - 1] == '\u2018');
        var pluralPossessive = text[end - 1] is 's' or 'S' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1]));
        return pluralPossessive && !quoted ? end + 1 : end;
    }

    private static bool IsAcronym(string spelling) => spelling.Count(char.IsLetter) >= 2 && !spelling.Any(char.IsLower);

    private void Add(string[] phrase, string termId, bool matchCase)
    {
        var node = _root;
        foreach (var word in phrase)
        {
            node = node.Child(word);
        }

        node.Entries ??= [];
        if (node.Entries.Any(e => e.TermId == termId && (e.Words is null) == !matchCase))
        {
            return;
        }

        // Case-sensitive entries first: where "Content" (the drafting term) and a case-insensitive term share a
        // spelling, the exact-case one is the more specific reading.
        var entry = new Entry(termId, matchCase ? phrase : null);
        node.Entries.Insert(matchCase ? 0 : node.Entries.Count, entry);
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; private set; }

        /// <summary>Looks words of the text up without allocating a string for each.</summary>
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; private set; }

        public List<Entry>? Entries { get; set; }

        public Node Child(string word)
        {
            if (Children is null)
            {
                Children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                Lookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!Children.TryGetValue(word, out var child))
            {
                child = new Node();
                Children.Add(word, child);
            }

            return child;
        }
    }

    /// <summary>A term ending at a trie node; <paramref name="Words"/> is the exact spelling when case matters.</summary>
    private sealed record Entry(string TermId, string[]? Words)
    {
        public bool Accepts(string text, List<TermTokenizer.Word> words, int first)
        {
            if (Words is null)
            {
                return true;
            }

            for (var k = 0; k < Words.Length; k++)
            {
                var word = words[first + k];
                if (!text.AsSpan(word.Start, word.Length).SequenceEqual(Words[k]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
