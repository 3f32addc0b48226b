using System.Text;

namespace PolicyKb.Search.Results;

/// <summary>
/// Cuts a snippet out of a section's text: on the page (see <see cref="TextPages"/>) where the most distinct matched
/// terms occur (the first on ties), the window of at most <see cref="MaxLength"/> characters that holds the most
/// distinct matched terms (then the most matches; the earliest on ties), starting <see cref="Lead"/> characters
/// before a match, moved to word boundaries, with whitespace runs collapsed. The search page's <c>engine.js</c> and
/// <c>snippet.js</c> are the same algorithm.
/// </summary>
public static class SnippetBuilder
{
    public const int MaxLength = 240;
    public const int Lead = 60;
    public const string Ellipsis = "…";

    public static Snippet Build(string text, IEnumerable<TextMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = matches.ToList();
        var page = all.GroupBy(m => TextPages.PageOf(m.Start, text.Length))
            .Select(g => (Page: g.Key, Distinct: g.Select(m => m.Term).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(p => p.Distinct).ThenBy(p => p.Page)
            .Select(p => p.Page).FirstOrDefault();
        var (regionStart, regionEnd) = TextPages.Region(page, text.Length);
        var inPage = all.Where(m => TextPages.PageOf(m.Start, text.Length) == page)
            .Select(m => m with { Start = m.Start - regionStart, End = m.End - regionStart });
        return Cut(text[regionStart..regionEnd], inPage, regionStart > 0, regionEnd < text.Length);
    }

    /// <summary>
    /// The snippet of one region of a text; <paramref name="textBefore"/> and <paramref name="textAfter"/> say
    /// whether the text goes on beyond it (its edges are then cut at a word boundary and marked with an ellipsis).
    /// </summary>
    public static Snippet Cut(string text, IEnumerable<TextMatch> matches, bool textBefore, bool textAfter)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sorted = matches.OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
        var (start, end) = Window(text, sorted);
        var inside = sorted.Where(m => m.Start >= start && m.End <= end).ToList();
        var cutBefore = start > 0 || textBefore;
        var cutAfter = end < text.Length || textAfter;
        if (cutBefore)
        {
            var limit = inside.Count > 0 ? inside[0].Start : end;
            for (var i = start; i < limit; i++)
            {
                if (IsSpace(text[i]))
                {
                    start = i + 1;
                    break;
                }
            }
        }

        if (cutAfter)
        {
            var limit = inside.Count > 0 ? inside[^1].End : start;
            for (var i = end - 1; i >= limit; i--)
            {
                if (IsSpace(text[i]))
                {
                    end = i;
                    break;
                }
            }
        }

        var parts = new List<SnippetPart>();
        var position = start;
        foreach (var match in inside)
        {
            if (match.Start < position)
            {
                continue;
            }

            parts.Add(new SnippetPart(Collapse(text[position..match.Start]), false));
            parts.Add(new SnippetPart(text[match.Start..match.End], true));
            position = match.End;
        }

        parts.Add(new SnippetPart(Collapse(text[position..end]), false));
        parts[0] = parts[0] with { Text = (cutBefore ? Ellipsis : "") + parts[0].Text.TrimStart() };
        parts[^1] = parts[^1] with { Text = parts[^1].Text.TrimEnd() + (cutAfter ? Ellipsis : "") };
        return new Snippet([.. parts.Where(p => p.Text.Length > 0)]);
    }

    /// <summary>The same whitespace as the script's: ASCII controls and space, and the Unicode spaces.</summary>
    public static bool IsSpace(char c) =>
        c <= ' ' || c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';

    private static (int Start, int End) Window(string text, List<TextMatch> matches)
    {
        if (text.Length <= MaxLength)
        {
            return (0, text.Length);
        }

        if (matches.Count == 0)
        {
            return (0, MaxLength);
        }

        var best = (Start: 0, End: 0);
        var bestScore = (Distinct: -1, Count: -1);
        foreach (var anchor in matches)
        {
            var end = Math.Min(text.Length, Math.Max(0, anchor.Start - Lead) + MaxLength);
            var start = Math.Max(0, end - MaxLength);
            var inside = matches.Where(m => m.Start >= start && m.End <= end).ToList();
            var score = (Distinct: inside.Select(m => m.Term).Distinct(StringComparer.Ordinal).Count(), Count: inside.Count);
            if (score.Distinct > bestScore.Distinct || (score.Distinct == bestScore.Distinct && score.Count > bestScore.Count))
            {
                best = (start, end);
                bestScore = score;
            }
        }

        return best;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        if (space)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }
}
