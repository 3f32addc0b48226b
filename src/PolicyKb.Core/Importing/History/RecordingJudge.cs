using System.Text.RegularExpressions;
using PolicyKb.Model;

namespace PolicyKb.Importing.History;

/// <summary>
/// Tells whether a text whose wording is new is a version of the policy, judged against the <em>baseline</em>, the
/// newest version published before it (never a rejected recording), and if not, why. The rules and their thresholds,
/// grounded in the two recorded histories of <c>../shared/corpus/recordings</c> (Instagram's Privacy Policy, 112
/// recordings holding 37 wordings; Facebook's, 492 recordings holding 34), measured with the wording's own words:
/// <list type="number">
/// <item><see cref="RejectionReason.StubOrErrorPage"/>: the text says one of <see cref="VersionSanity.ErrorPagePhrases"/>
/// in its title, or in any line when it has fewer than <see cref="VersionSanity.ShortTextWords"/> words (Instagram's
/// error page of 2025-08-08 has 206 words and says "This page isn't available right now"); or it has no word besides
/// its title (the 12 stubs of Instagram, May and June 2025, are "Privacy Policy" and a Setext underline: 29 bytes,
/// 2 words). Real versions have 4,539 words (Facebook's first recording, the Data Policy of 2022) and more.</item>
/// <item><see cref="RejectionReason.DifferentPage"/>: its title names a document (a short title ending in Policy, Terms,
/// Notice, …) that is neither this policy (its title in <c>policy.yml</c>) nor the baseline's title. Instagram's
/// recording of 2024-04-17 is Meta's old "Data Policy", 4,551 words, between two Privacy Policies of 26,751 and 13,449.</item>
/// <item><see cref="RejectionReason.BlowUp"/>: at least <see cref="BlowUpGrowth"/> times the baseline's words, and its
/// passages (runs of <see cref="PassageWords"/> words) repeat at least <see cref="BlowUpRepetition"/> times as much as
/// the baseline's. Instagram's 2025-06-25 has 98,629 words against 15,433 (6.4 times), and its passages appear 8.2
/// times on average against 1.9. Real pages repeat themselves (Meta's pages 1.4 to 2.0: summaries beside the full
/// text), and real versions grow: the most in these histories is Facebook's 2022-09-07, 3.8 times its first
/// recording (4,539 to 17,205 words, a new policy replacing the Data Policy), with passages that do not repeat more
/// than the baseline's; growing by half happens (Instagram 2023-06-28: 1.47 times). So growth alone never rejects.</item>
/// <item><see cref="RejectionReason.PartialPage"/>: less than <see cref="VersionSanity.MinimumShareOfPrevious"/> of the
/// baseline's words (when it has at least <see cref="VersionSanity.MinimumWordsToJudgeShrinking"/>), as the build has
/// always refused, and at least <see cref="PartialVocabularyShare"/> of its distinct words are the baseline's:
/// Instagram's technical upgrade of 2024-04-16 is the page's 704-word list of headings, 2.6% of the baseline, all of
/// whose words are the baseline's. The biggest real drop in these histories is to 50% (Instagram 2024-08-16, a
/// rewrite: 26,751 to 13,449 words). A shrink under a quarter whose words are not mostly the baseline's is another
/// page (<see cref="RejectionReason.DifferentPage"/>): the Data Policy shares 85% of its words with the baseline.</item>
/// </list>
/// </summary>
public static partial class RecordingJudge
{
    public const int PassageWords = 8;

    public const double BlowUpGrowth = 2.0;

    public const double BlowUpRepetition = 2.0;

    public const double PartialVocabularyShare = 0.95;

    /// <summary>Why <paramref name="candidate"/> is not a version of the policy titled <paramref name="policyTitle"/>, or null when it is one.</summary>
    public static (RejectionReason Reason, string Detail)? Judge(JudgedText candidate, JudgedText? baseline, string? policyTitle)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (ErrorPhrase(candidate) is { } said)
        {
            return (RejectionReason.StubOrErrorPage, $"an error page: it says \"{said}\" ({candidate.Words:N0} words)");
        }

        if (candidate.Words <= candidate.TitleWords)
        {
            return (RejectionReason.StubOrErrorPage, $"a stub: no text besides its title \"{candidate.Title}\" ({candidate.Words:N0} words)");
        }

        if (baseline is null)
        {
            return null;
        }

        var from = $"{Name(baseline)} has {baseline.Words:N0}";
        if (NamesAnotherDocument(candidate.Title, baseline.Title, policyTitle))
        {
            return (RejectionReason.DifferentPage, $"another document: its title is \"{candidate.Title}\", not \"{baseline.Title}\" ({candidate.Words:N0} words; {from})");
        }

        if (candidate.Words >= baseline.Words * BlowUpGrowth && candidate.Repetition >= baseline.Repetition * BlowUpRepetition)
        {
            return (RejectionReason.BlowUp, $"a blow-up: {candidate.Words:N0} words, {(double)candidate.Words / baseline.Words:0.0} times the baseline, because its text repeats "
                + $"(each passage {candidate.Repetition:0.0} times on average, against {baseline.Repetition:0.0}); {from}");
        }

        if (baseline.Words >= VersionSanity.MinimumWordsToJudgeShrinking && candidate.Words < baseline.Words * VersionSanity.MinimumShareOfPrevious)
        {
            var share = candidate.VocabularyShareIn(baseline);
            var size = $"{candidate.Words:N0} words, {100.0 * candidate.Words / baseline.Words:0.#}% of the baseline";
            return share >= PartialVocabularyShare
                ? (RejectionReason.PartialPage, $"part of the page: {size}, and {share:P0} of its words are the baseline's; {from}")
                : (RejectionReason.DifferentPage, $"another page: {size}, and only {share:P0} of its words are the baseline's; {from}");
        }

        return null;
    }

    private static string Name(JudgedText text) => System.IO.Path.GetFileName(text.Path);

    private static string? ErrorPhrase(JudgedText text)
    {
        var lines = text.Words < VersionSanity.ShortTextWords ? text.Lines : [text.Title];
        foreach (var line in lines)
        {
            var folded = Fold(line);
            if (VersionSanity.ErrorPagePhrases.Any(p => folded.Contains(Fold(p), StringComparison.Ordinal)))
            {
                var said = line.Trim();
                return said.Length <= 100 ? said : said[..100] + "…";
            }
        }

        return null;
    }

    private static bool NamesAnotherDocument(string title, string baselineTitle, string? policyTitle)
    {
        if (!DocumentName().IsMatch(title))
        {
            return false;
        }

        var words = Wording.Fold(title);
        bool Within(string? other) => other is not null && $" {Wording.Fold(other)} ".Contains($" {words} ", StringComparison.Ordinal);
        return !Within(baselineTitle) && !Within(policyTitle);
    }

    private static string Fold(string text) => Words.PunctuationStyle.Fold(text).ToLowerInvariant();

    [GeneratedRegex(@"^(?:[\p{L}\p{N}’'&-]+\s+){0,3}(?:Policy|Terms|Notice|Statement|Guidelines|Agreement|Conditions)$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentName();
}
