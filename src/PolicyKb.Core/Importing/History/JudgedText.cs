namespace PolicyKb.Importing.History;

/// <summary>
/// A text as the <see cref="RecordingJudge"/> reads it: its path, its lines, its title line and its folded words.
/// Only texts whose wording is new are judged, so the passages are counted on demand.
/// </summary>
public sealed class JudgedText
{
    private readonly string[] _words;
    private Dictionary<ulong, int>? _passages;
    private HashSet<string>? _vocabulary;

    public JudgedText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        var lines = text.Split('\n');
        Lines = lines;
        Title = TitleLine(lines);
        var folded = Wording.Fold(text);
        _words = folded.Length == 0 ? [] : folded.Split(' ');
        TitleWords = Wording.Fold(Title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    public string Path { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The first line with a letter or digit, without Markdown marks: the text's title as a reader sees it first.</summary>
    public string Title { get; }

    public int TitleWords { get; }

    public int Words => _words.Length;

    /// <summary>How many times a passage of the text appears, on average: 1 in a text that never repeats itself.</summary>
    public double Repetition => Passages.Count == 0 ? 1 : (double)Passages.Values.Sum() / Passages.Count;

    /// <summary>The share of this text's distinct words that <paramref name="other"/> also uses.</summary>
    public double VocabularyShareIn(JudgedText other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Vocabulary.Count == 0 ? 0 : (double)Vocabulary.Count(other.Vocabulary.Contains) / Vocabulary.Count;
    }

    private HashSet<string> Vocabulary => _vocabulary ??= new HashSet<string>(_words, StringComparer.Ordinal);

    /// <summary>
    /// Runs of <see cref="RecordingJudge.PassageWords"/> words, each counted, keyed by a stable hash of their words
    /// (FNV-1a, so that a judgement is the same on every run).
    /// </summary>
    private Dictionary<ulong, int> Passages => _passages ??= CountPassages();

    private Dictionary<ulong, int> CountPassages()
    {
        var n = RecordingJudge.PassageWords;
        var wordHashes = _words.Select(Fnv).ToArray();
        var passages = new Dictionary<ulong, int>();
        for (var i = 0; i + n <= wordHashes.Length; i++)
        {
            var key = 14695981039346656037UL;
            for (var k = 0; k < n; k++)
            {
                key = (key ^ wordHashes[i + k]) * 1099511628211UL;
            }

            passages[key] = passages.GetValueOrDefault(key) + 1;
        }

        return passages;
    }

    private static ulong Fnv(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static string TitleLine(string[] lines)
    {
        foreach (var line in lines)
        {
            var trimmed = line.Trim().Trim('#', '*', '_', ' ', '\t', '\r', '\u200B', '\uFEFF').Trim();
            if (trimmed.Any(char.IsLetterOrDigit))
            {
                return trimmed;
            }
        }

        return "";
    }
}
