namespace PolicyKb.Enriching.Terms;

/// <summary>
/// Splits text into words for term matching: runs of letters and digits. Two words belong to one phrase only when
/// nothing but white space or a single hyphen separates them, so "third party", "third-party" and "third\nparty"
/// are the same phrase while "third. Party" and "third (party" are not.
/// </summary>
internal static class TermTokenizer
{
    public static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var previousEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var hyphen = false;
            var joins = false;
            if (previousEnd >= 0)
            {
                var gap = text.AsSpan(previousEnd, start - previousEnd);
                hyphen = gap.Length == 1 && IsHyphen(gap[0]);
                joins = hyphen || IsWhiteSpace(gap);
            }

            words.Add(new Word(start, i, joins, hyphen));
            previousEnd = i;
        }

        return words;
    }

    /// <summary>The words of a term or alias, or null when punctuation other than a hyphen separates two of them (it could never match).</summary>
    public static string[]? Phrase(string spelling)
    {
        var words = Words(spelling);
        if (words.Count == 0 || words.Skip(1).Any(w => !w.JoinsPrevious))
        {
            return null;
        }

        return [.. words.Select(w => spelling[w.Start..w.End])];
    }

    /// <summary>The phrase as a key that ignores case and hyphenation: its words in lower case, separated by single spaces.</summary>
    public static string Key(IEnumerable<string> words) => string.Join(' ', words.Select(w => w.ToLowerInvariant()));

    /// <summary>The keys of every form of a spelling that counts as a use (itself and its regular plural); none if it can never match.</summary>
    public static IEnumerable<string> Keys(string spelling) =>
        Phrase(spelling) is { } phrase ? Inflections(phrase).Select(Key).Distinct(StringComparer.Ordinal) : [];

    /// <summary>
    /// The phrase and its regular plural (last word + s, es, or y → ies): "partner" also matches "partners".
    /// A phrase whose last word already ends in s ("Meta Products", "third parties") is left as it is.
    /// </summary>
    public static IEnumerable<string[]> Inflections(string[] phrase)
    {
        yield return phrase;
        var last = phrase[^1];
        if (last.Length < 2 || !last.All(char.IsLetter) || last.EndsWith('s') || last.EndsWith('S'))
        {
            yield break;
        }

        var upper = last.All(char.IsUpper);
        string plural;
        if (last.EndsWith("ch", StringComparison.OrdinalIgnoreCase) || last.EndsWith("sh", StringComparison.OrdinalIgnoreCase)
            || last.EndsWith('x') || last.EndsWith('z'))
        {
            plural = last + (upper ? "ES" : "es");
        }
        else if ((last[^1] is 'y' or 'Y') && !IsVowel(last[^2]))
        {
            plural = last[..^1] + (upper ? "IES" : "ies");
        }
        else
        {
            // An acronym takes a lower-case s: "SCAs", not "SCAS".
            plural = last + "s";
        }

        yield return [.. phrase[..^1], plural];
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsVowel(char c) => "aeiouAEIOU".Contains(c, StringComparison.Ordinal);

    private static bool IsWhiteSpace(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return gap.Length > 0;
    }

    /// <summary>
    /// A word at [<paramref name="Start"/>, <paramref name="End"/>). <paramref name="JoinsPrevious"/>: only white space
    /// or one hyphen separates it from the word before; <paramref name="HyphenBefore"/>: that separator is a hyphen.
    /// </summary>
    internal readonly record struct Word(int Start, int End, bool JoinsPrevious, bool HyphenBefore)
    {
        public int Length => End - Start;
    }
}
