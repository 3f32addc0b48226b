using System.Text.RegularExpressions;
using PolicyKb.Model;

namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Finds the definitions the documents make themselves, in the drafting patterns <c>... links ("Content")</c>,
/// <c>(collectively, "Content")</c>, <c>(together, the “terms")</c> and <c>When we talk about "X," we mean ...</c>,
/// each with its defining sentence. A quotation in parentheses that is not a definition (<c>(such as "like")</c>)
/// is not one: only words like "collectively", "together", "the" may stand between the parenthesis and the quote.
/// </summary>
public static partial class DefinitionExtractor
{
    private const int MaxTermWords = 6;
    private const int MaxParenthesisLength = 600;

    private static readonly ImmutableHashSet<string> Abbreviations =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "inc", "ltd", "co", "corp", "llc", "e.g", "i.e", "eg", "ie", "etc", "no", "vs", "cf", "st", "mr", "ms", "dr", "sec", "art");

    /// <summary>Every definition made anywhere in the knowledge base: every version of every policy, and every memo.</summary>
    public static ImmutableArray<ExtractedDefinition> Extract(KnowledgeBase knowledgeBase)
    {
        var found = ImmutableArray.CreateBuilder<ExtractedDefinition>();
        foreach (var place in DocumentPlaces.Of(knowledgeBase))
        {
            foreach (var run in InlineRuns.Of(place.Blocks))
            {
                var text = PlainText.Of(run.Inlines);
                foreach (var definition in FindIn(text))
                {
                    var sentence = new DefiningSentence(definition.Sentence, place.Place, run.LocationAt(text, definition.SentenceStart));
                    found.Add(new ExtractedDefinition(definition.Term, place.Place.DocumentId, sentence));
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>The definitions <paramref name="text"/> (one paragraph, cell or line) makes, in order.</summary>
    public static IReadOnlyList<DraftingDefinition> FindIn(string text)
    {
        if (text.IndexOfAny(['"', '\u201C', '\u201D']) < 0)
        {
            return [];
        }

        var definitions = new List<DraftingDefinition>();
        foreach (Match match in QuotedTermBeforeParenthesis().Matches(text))
        {
            if (OpeningParenthesis(text, match.Index) is not { } open)
            {
                continue;
            }

            // A parenthesis may define several names at once: ("YouTube", "we", "us", or "our").
            var terms = new List<string> { match.Groups["term"].Value };
            var before = text[(open + 1)..match.Index];
            while (EarlierQuotedTerm().Match(before) is { Success: true } earlier)
            {
                terms.Add(earlier.Groups["term"].Value);
                before = earlier.Groups["rest"].Value;
            }

            if (DraftingWords().IsMatch(before))
            {
                terms.Reverse();
                terms.ForEach(term => Add(definitions, text, term, open));
            }
        }

        foreach (Match match in QuotedTermBeforeMeans().Matches(text))
        {
            Add(definitions, text, match.Groups["term"].Value, match.Index);
        }

        return [.. definitions.OrderBy(d => d.SentenceStart)];
    }

    private static void Add(List<DraftingDefinition> definitions, string text, string quoted, int at)
    {
        var term = quoted.Trim().TrimEnd(',', '.', ';', ':').Trim();
        if (term.Length == 0)
        {
            return;
        }

        var words = TermTokenizer.Words(term);
        if (words.Count == 0 || words.Count > MaxTermWords || !term.Any(char.IsLetter))
        {
            return;
        }

        var start = SentenceStart(text, at);
        var end = SentenceEnd(text, at);
        if (definitions.Any(d => d.Term == term && d.SentenceStart == start))
        {
            return;
        }

        definitions.Add(new DraftingDefinition(term, start, end, text[start..end].Trim()));
    }

    /// <summary>The '(' that the parenthesis closed after the quoted term opened, if it is in the same sentence.</summary>
    private static int? OpeningParenthesis(string text, int quote)
    {
        var depth = 0;
        for (var k = quote - 1; k >= 0 && quote - k <= MaxParenthesisLength; k--)
        {
            switch (text[k])
            {
                case ')':
                    depth++;
                    break;
                case '(' when depth == 0:
                    return k;
                case '(':
                    depth--;
                    break;
                case '\n':
                    return null;
                default:
                    if (IsSentenceEnd(text, k))
                    {
                        return null;
                    }

                    break;
            }
        }

        return null;
    }

    private static int SentenceStart(string text, int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            if (text[k] == '\n' || IsSentenceEnd(text, k))
            {
                var start = k + 1;
                while (start < at && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                return start;
            }
        }

        return 0;
    }

    private static int SentenceEnd(string text, int at)
    {
        for (var k = at; k < text.Length; k++)
        {
            if (text[k] == '\n')
            {
                return k;
            }

            if (IsSentenceEnd(text, k))
            {
                var end = k + 1;
                while (end < text.Length && text[end] is '"' or '\u201D' or '\u2019' or ')')
                {
                    end++;
                }

                return end;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// Whether the '.', '!' or '?' at <paramref name="k"/> ends a sentence: it is followed by the end of the text, or by
    /// white space and something that is not a lower-case letter, and a '.' is not part of initials ("U.S.C.") or an
    /// abbreviation ("Inc.", "e.g.").
    /// </summary>
    private static bool IsSentenceEnd(string text, int k)
    {
        if (text[k] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var next = k + 1;
        while (next < text.Length && text[next] is '"' or '\u201D' or '\u2019' or ')')
        {
            next++;
        }

        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next < text.Length && char.IsLower(text[next]))
        {
            return false;
        }

        if (text[k] != '.')
        {
            return true;
        }

        var wordStart = k;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || (text[wordStart - 1] == '.' && wordStart - 2 >= 0 && char.IsLetter(text[wordStart - 2]))))
        {
            wordStart--;
        }

        var word = text[wordStart..k];
        var initials = word.Length == 1 && char.IsUpper(word[0]) || word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(p => p.Length == 1);
        return next >= text.Length || !(initials || Abbreviations.Contains(word));
    }

    /// <summary>A quoted term of at most 80 characters right before a closing parenthesis: <c>"Content")</c>, <c>“SCA”)</c>.</summary>
    [GeneratedRegex(@"[""\u201C\u201D](?<term>[^""\u201C\u201D\n()]{1,80}?)[""\u201C\u201D]\s*\)")]
    private static partial Regex QuotedTermBeforeParenthesis();

    /// <summary>The last of a list of quoted terms before another: <c>"YouTube", "we", "us", or </c>.</summary>
    [GeneratedRegex(@"^(?<rest>.*)[""\u201C](?<term>[^""\u201C\u201D\n()]{1,80}?)[""\u201D]\s*,?\s*(?:(?:or|and)\s+)?$", RegexOptions.Singleline)]
    private static partial Regex EarlierQuotedTerm();

    /// <summary>A quoted term followed by "means" or "we mean": <c>"processing personal data," we mean</c>.</summary>
    [GeneratedRegex(@"[""\u201C](?<term>[^""\u201C\u201D\n]{1,80}?)[,.]?[""\u201D],?\s+(?:we\s+mean|means|shall\s+mean|refers\s+to)\b")]
    private static partial Regex QuotedTermBeforeMeans();

    /// <summary>
    /// What may stand between the opening parenthesis and the quoted term: nothing, drafting words only
    /// (<c>collectively, </c>, <c>hereinafter referred to as </c>), or anything ending in a clause of drafting words
    /// (<c>the Meta Terms, ..., together, the </c>). An example (<c>e.g., </c>, <c>such as </c>) is not a definition.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:collectively|together|jointly|each|individually|hereinafter|hereafter|referred\s+to\s+as|called|the|a|an)\b[\s,]*)*|.*[,;:]\s*(?:(?:collectively|together|jointly|each|individually|hereinafter|hereafter|referred\s+to\s+as|called|the|a|an)\b[\s,]*)+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DraftingWords();
}
