using Lucene.Net.Analysis;
using PolicyKb.Search.Analysis;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Schema;

namespace PolicyKb.Search.Querying;

/// <summary>
/// Turns a query string into a <see cref="QueryPlan"/>, following the query semantics of README.md step by step.
/// The search page's <c>query.js</c> is the same algorithm; keep the two in step.
/// </summary>
public sealed class QueryPlanner(Analyzer analyzer, IVocabulary vocabulary, ImmutableArray<ImmutableArray<SynonymForm>> synonyms)
{
    public QueryPlan Plan(string query)
    {
        var text = QueryText.Parse(query);
        var parts = new List<(QueryPart Part, List<Word> Words)>();
        var budget = QueryWeights.MaxWords;
        foreach (var part in text.Parts)
        {
            var words = Analyze(part.Text).Take(budget).ToList();
            budget -= words.Count;
            if (words.Count > 0)
            {
                parts.Add((part, words));
            }
        }

        if (parts.Count == 0)
        {
            return QueryPlan.Empty;
        }

        var clauses = new ClauseList();
        var required = ImmutableArray.CreateBuilder<RequiredMatch>();

        // 1. Every word, exactly, in every word field.
        foreach (var word in parts.SelectMany(p => p.Words))
        {
            foreach (var field in SearchFields.WordFields)
            {
                clauses.Add(PlannedClause.Term(field, word.Stem, QueryWeights.Field[field]));
            }
        }

        // 2. Quoted phrases: scored as phrases, and required.
        foreach (var (part, words) in parts.Where(p => p.Part.IsPhrase))
        {
            if (words.Count == 1)
            {
                required.Add(new RequiredMatch([.. SearchFields.WordFields.Select(f => PlannedClause.Term(f, words[0].Stem, QueryWeights.Field[f]))]));
                continue;
            }

            var phrase = SearchFields.PhraseFields.Select(f => Phrase(f, words.Select(w => w.Stem), words.Select(w => w.Position - words[0].Position), QueryWeights.Phrase[f])).ToImmutableArray();
            foreach (var clause in phrase)
            {
                clauses.Add(clause);
            }

            required.Add(new RequiredMatch(phrase));
        }

        // 3. Adjacent words, within a part.
        foreach (var (_, words) in parts)
        {
            for (var i = 1; i < words.Count; i++)
            {
                clauses.Add(PlannedClause.Term(SearchFields.Pairs, AdjacentPairFilter.Pair(words[i - 1].Stem, words[i].Stem), QueryWeights.Pair));
            }
        }

        // 4. Glossary synonyms of loose words: every other spelling of the term, a phrase when it has several words.
        foreach (var (_, words) in parts.Where(p => !p.Part.IsPhrase))
        {
            var stems = words.Select(w => w.Stem).ToList();
            foreach (var group in synonyms)
            {
                foreach (var form in group.Where(f => Occurs(f.Terms, stems)))
                {
                    foreach (var other in group.Where(g => !ReferenceEquals(g, form)))
                    {
                        if (other.Terms.Length == 1)
                        {
                            foreach (var field in SearchFields.WordFields)
                            {
                                clauses.Add(PlannedClause.Term(field, other.Terms[0], QueryWeights.Field[field] * QueryWeights.Synonym));
                            }
                        }
                        else
                        {
                            // A spelling of several words counts as one word: its boost is shared by its words.
                            foreach (var field in SearchFields.PhraseFields)
                            {
                                clauses.Add(Phrase(field, other.Terms, other.Positions, QueryWeights.Field[field] * QueryWeights.Synonym / other.Terms.Length));
                            }
                        }
                    }
                }
            }
        }

        // 5. The last word, while it is being typed, also as the start of longer words.
        var open = text.EndsOpen && !parts[^1].Part.IsPhrase && parts[^1].Words[^1].EndsPart ? parts[^1].Words[^1] : null;
        var completions = ImmutableArray<string>.Empty;
        if (open is not null && open.Surface.Length >= QueryWeights.PrefixMinLength)
        {
            completions = Expand(vocabulary.WordsStartingWith(open.Surface).Where(w => w.Word != open.Surface), open.Stem, QueryWeights.PrefixMaxExpansions);
            AddExpansions(clauses, completions, QueryWeights.Prefix);
        }

        // 6. A word the index does not have, one typo away from words it has.
        foreach (var word in parts.Where(p => !p.Part.IsPhrase).SelectMany(p => p.Words))
        {
            if (word.Surface.Length < QueryWeights.TypoMinLength || (ReferenceEquals(word, open) && !completions.IsEmpty)
                || SearchFields.WordFields.Any(f => vocabulary.DocFreq(f, word.Stem) > 0))
            {
                continue;
            }

            // The first two letters are taken as typed: the candidates are then a few neighbours in the vocabulary.
            var candidates = vocabulary.WordsStartingWith(word.Surface[..QueryWeights.TypoPrefixLength]).Where(w => EditDistance.IsOneEdit(w.Word, word.Surface));
            AddExpansions(clauses, Expand(candidates, word.Stem, QueryWeights.TypoMaxExpansions), QueryWeights.Typo);
        }

        return new QueryPlan(clauses.ToImmutable(), required.ToImmutable(), [.. parts.SelectMany(p => p.Words).Select(w => w.Surface)]);
    }

    private static void AddExpansions(ClauseList clauses, ImmutableArray<string> stems, float factor)
    {
        foreach (var stem in stems)
        {
            foreach (var field in SearchFields.WordFields)
            {
                clauses.Add(PlannedClause.Term(field, stem, QueryWeights.Field[field] * factor));
            }
        }
    }

    /// <summary>The stems of <paramref name="candidates"/>, most used word first (ties in ordinal order), without repeats or <paramref name="own"/>.</summary>
    private ImmutableArray<string> Expand(IEnumerable<VocabularyWord> candidates, string own, int max)
    {
        var stems = ImmutableArray.CreateBuilder<string>();
        foreach (var candidate in candidates.OrderByDescending(w => w.DocFreq).ThenBy(w => w.Word, StringComparer.Ordinal))
        {
            var stem = vocabulary.Stem(candidate.Word);
            if (stem is null || stem == own || stems.Contains(stem))
            {
                continue;
            }

            stems.Add(stem);
            if (stems.Count == max)
            {
                break;
            }
        }

        return stems.ToImmutable();
    }

    private static PlannedClause Phrase(string field, IEnumerable<string> terms, IEnumerable<int> positions, float boost) =>
        new(field, [.. terms], [.. positions], boost);

    private static bool Occurs(ImmutableArray<string> form, List<string> stems)
    {
        for (var start = 0; start + form.Length <= stems.Count; start++)
        {
            if (form.Select((t, i) => stems[start + i] == t).All(x => x))
            {
                return true;
            }
        }

        return false;
    }

    private List<Word> Analyze(string text)
    {
        var surfaces = TextAnalysis.Tokens(analyzer, SearchFields.Words, text);
        var stems = TextAnalysis.Tokens(analyzer, SearchFields.Text, text);
        if (surfaces.Length != stems.Length)
        {
            throw new InvalidOperationException($"The words and text analysis of '{text}' disagree; stemming must map one token to one token.");
        }

        return [.. surfaces.Select((s, i) => new Word(s.Term, stems[i].Term, s.Position, s.EndOffset == text.Length))];
    }

    private sealed record Word(string Surface, string Stem, int Position, bool EndsPart);

    /// <summary>Clauses in order of addition; a term or phrase already in a field keeps its first (highest) boost.</summary>
    private sealed class ClauseList
    {
        private readonly ImmutableArray<PlannedClause>.Builder _clauses = ImmutableArray.CreateBuilder<PlannedClause>();
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

        public void Add(PlannedClause clause)
        {
            if (_keys.Add(clause.Key))
            {
                _clauses.Add(clause);
            }
        }

        public ImmutableArray<PlannedClause> ToImmutable() => _clauses.ToImmutable();
    }
}
