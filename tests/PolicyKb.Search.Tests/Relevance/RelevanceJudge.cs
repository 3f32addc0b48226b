using System.Text.RegularExpressions;

namespace PolicyKb.Search.Tests.Relevance;

/// <summary>
/// Judges hits as dev-queries.json says: a hit is relevant when its section text contains one of the query's
/// snippets, both case-folded, whitespace-folded, with curly quotes folded to straight and Markdown link markup removed.
/// </summary>
public static partial class RelevanceJudge
{
    public static bool IsRelevant(string sectionText, IEnumerable<string> snippets)
    {
        var text = Fold(sectionText);
        return snippets.Any(s => text.Contains(Fold(s), StringComparison.Ordinal));
    }

    /// <summary>The 1-based rank of the first relevant hit within the first <paramref name="depth"/>, or null.</summary>
    public static int? FirstRelevantRank(IEnumerable<string> hitTexts, IEnumerable<string> snippets, int depth = 10)
    {
        var rank = 0;
        foreach (var text in hitTexts.Take(depth))
        {
            rank++;
            if (IsRelevant(text, snippets))
            {
                return rank;
            }
        }

        return null;
    }

    public static string Fold(string text)
    {
        var folded = text.ToLowerInvariant()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        folded = MarkdownLink().Replace(folded, "$1");
        return Whitespace().Replace(folded, " ");
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
