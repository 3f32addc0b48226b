using PolicyKb.Diagnostics;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Importing.History;

/// <summary>
/// Refuses a "version" that is not a policy: a stub or a recorded error page, which a crawler saves when the page
/// fails to load. A real policy does not shrink to nothing, so a version is refused when
/// <list type="bullet">
/// <item>its title or a heading (or, in a short text, any line) says one of <see cref="ErrorPagePhrases"/>;</item>
/// <item>it has no text besides its title, like the recorded stub (29 bytes: a title only);</item>
/// <item>it has less than <see cref="MinimumShareOfPrevious"/> of the words of the version before it. In the
/// recorded Instagram Privacy Policy history the biggest real drop is to 76% (16,415 words on 2022-09-22, 12,423 on
/// 2024-08-16, a rewrite that folded whole subsections away), and a plain-text recording has 41% of the words of the
/// Markdown recording of the next version (seed 2024-11-14: 5,530; 2025-06-16: 13,407), so a later recording of a
/// poorer kind can lose more than half. The recorded error page has 198 words, 1.6% of the 12,423 before it.
/// A quarter leaves room for real rewrites and poorer recordings, and none for a broken page. The rule applies
/// when the version before has at least <see cref="MinimumWordsToJudgeShrinking"/> words: the shortest real
/// document among the 94 of the Open Terms Archive corpus has 217 (Reddit's Live Policy); below that, a ratio of
/// small counts says little.</item>
/// </list>
/// There is no absolute minimum size: a short notice is a real policy (and tests build tiny ones); size is judged
/// against the version before. Words are counted as the comparison counts them: headings and text, not the title,
/// not link targets.
/// </summary>
public static class VersionSanity
{
    public const int MinimumWordsToJudgeShrinking = 200;

    public const double MinimumShareOfPrevious = 0.25;

    /// <summary>In a text of fewer words than this, the error-page phrases are looked for in every line, not only in the title and headings.</summary>
    public const int ShortTextWords = 1000;

    /// <summary>
    /// Phrases of pages that are not the document: the first is Instagram's own error page, recorded in the history
    /// corpus (2025-08-08); the others are the failure pages crawlers most often save instead of a document
    /// (a missing page, a block, a bot check, a page that needs scripts to show anything).
    /// </summary>
    public static readonly ImmutableArray<string> ErrorPagePhrases =
    [
        "This page isn't available",
        "Page not found",
        "404 Not Found",
        "Access denied",
        "Something went wrong",
        "Are you a robot",
        "Checking your browser",
        "Please enable JavaScript",
        "You need to enable JavaScript",
    ];

    /// <summary>The words of a version besides its title: headings and the text of every block.</summary>
    public static int WordsOf(DocumentContent content) =>
        ComparableText.CountWords(content.Preamble)
        + content.AllSections().Sum(s => TextTokens.CountWords(s.Heading) + ComparableText.CountWords(s.Blocks));

    /// <summary>
    /// Reports (as an error at the file and line that show it) why <paramref name="candidate"/> is not a real version,
    /// compared with <paramref name="previous"/>, the version dated just before it, if any. Returns false when refused.
    /// </summary>
    public static bool Check(SourceText source, PolicyVersion candidate, PolicyVersion? previous, DiagnosticBag diagnostics)
    {
        var words = WordsOf(candidate.Content);
        if (ErrorPageLine(source, candidate, words) is { } errorPage)
        {
            diagnostics.Error(source.Path, errorPage.Line,
                $"refused: this is an error page, not a version of the policy (it says \"{errorPage.Said}\"); it is not published");
            return false;
        }

        if (words == 0)
        {
            var title = candidate.Title is { Length: > 0 } t ? $" \"{t}\"" : "";
            diagnostics.Error(source.Path, 1,
                $"refused: the version has no text besides its title{title}; a stub or a failed recording is not published");
            return false;
        }

        if (previous is not null && WordsOf(previous.Content) is var before && before >= MinimumWordsToJudgeShrinking && words < before * MinimumShareOfPrevious)
        {
            var share = Math.Round(100.0 * words / before, 1).ToString("0.#", CultureInfo.InvariantCulture);
            diagnostics.Error(source.Path, 1,
                $"refused: the version has {words:N0} words, {share}% of the {before:N0} words of {previous.DateSlug}; a policy does not shrink to less than a quarter from one version to the next, so this looks like a stub or a failed recording and is not published");
            return false;
        }

        return true;
    }

    private static (int Line, string Said)? ErrorPageLine(SourceText source, PolicyVersion candidate, int words)
    {
        var places = new List<string>();
        if (candidate.Title is not null)
        {
            places.Add(candidate.Title);
        }

        places.AddRange(candidate.Content.AllSections().Select(s => s.Heading));
        var lines = source.Lines();
        if (words < ShortTextWords)
        {
            places.AddRange(lines);
        }

        foreach (var place in places)
        {
            var folded = Fold(place);
            var phrase = ErrorPagePhrases.FirstOrDefault(p => folded.Contains(Fold(p), StringComparison.Ordinal));
            if (phrase is not null)
            {
                var index = lines.Select(Fold).ToList().FindIndex(l => l.Contains(Fold(phrase), StringComparison.Ordinal));
                var said = place.Trim();
                return (index < 0 ? 1 : index + source.FirstLine, said.Length <= 100 ? said : said[..100] + "…");
            }
        }

        return null;
    }

    /// <summary>Lower case, punctuation style and spacing folded, so "isn’t" finds "isn't".</summary>
    private static string Fold(string text) => PunctuationStyle.Fold(text).ToLowerInvariant();
}
