using System.Collections.Frozen;
using System.Text;

namespace PolicyKb.Authoring;

/// <summary>
/// Guesses the language of a recording from its most common short words, for the <c>language</c> of an imported
/// policy. Terms documents are long and formal, so counting a handful of function words is enough; anything
/// undecided is English, the language of most recordings.
/// </summary>
internal static class LanguageGuess
{
    private const int SampleBytes = 64 * 1024;

    private static readonly FrozenDictionary<string, string[]> FunctionWords = new Dictionary<string, string[]>
    {
        ["en"] = ["the", "and", "of", "to", "you", "your", "we", "is", "for", "with"],
        ["de"] = ["der", "die", "und", "das", "sie", "ihre", "wir", "ist", "für", "mit"],
        ["fr"] = ["le", "la", "les", "et", "des", "vous", "vos", "nous", "est", "pour"],
        ["es"] = ["el", "la", "los", "y", "de", "usted", "sus", "nosotros", "es", "para"],
        ["it"] = ["il", "la", "gli", "e", "di", "tuoi", "noi", "è", "per", "con"],
        ["nl"] = ["de", "het", "en", "van", "je", "jouw", "wij", "is", "voor", "met"],
        ["pt"] = ["o", "os", "e", "do", "da", "você", "seus", "nós", "é", "para"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Of(ReadOnlySpan<byte> utf8)
    {
        var sample = Encoding.UTF8.GetString(utf8[..Math.Min(utf8.Length, SampleBytes)]);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in sample.Split((char[])[' ', '\n', '\r', '\t', ',', '.', ';', ':', '(', ')', '"', '*', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = word.ToLowerInvariant();
            counts[lower] = counts.GetValueOrDefault(lower) + 1;
        }

        var best = FunctionWords
            .Select(language => (Language: language.Key, Score: language.Value.Sum(w => counts.GetValueOrDefault(w))))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Language, StringComparer.Ordinal)
            .First();
        return best.Score == 0 ? "en" : best.Language;
    }
}
