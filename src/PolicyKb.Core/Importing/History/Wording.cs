using System.Text;
using PolicyKb.Hashing;

namespace PolicyKb.Importing.History;

/// <summary>
/// A text's wording, as issue 13 defines it: its words (runs of letters and digits, case-folded), with Markdown link
/// targets and image addresses left out. Two recordings with the same wording are the same version, whatever their
/// layout, white space or link targets. It is read from the raw text, without importing it, so that the hundreds of
/// re-recordings of a history cost a scan each: <c>](target)</c>, <c>&lt;scheme:autolinks&gt;</c>, reference
/// definitions (<c>[label]: target</c>) and HTML tags (<c>&lt;br&gt;</c>, <c>&lt;img src=…&gt;</c>) are skipped;
/// angle-bracket text that is not a known HTML tag (<c>&lt;EU Representative&gt;</c>) is text.
/// </summary>
/// <param name="Hash">The hash of the folded words, in order.</param>
/// <param name="Words">How many words.</param>
public readonly record struct Wording(string Hash, int Words)
{
    private static readonly HashSet<string> HtmlTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "br", "caption", "code", "dd", "div", "dl", "dt", "em", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "img", "li", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "u", "ul",
    };

    /// <summary>The same set, looked up by a span of the text (no string made per tag).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HtmlTagNames = HtmlTags.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The wording of <paramref name="text"/>.</summary>
    public static Wording Of(string text)
    {
        var folded = Fold(text);
        var words = folded.Length == 0 ? 0 : folded.AsSpan().Count(' ') + 1;
        return new Wording(ContentHash.Of([folded]), words);
    }

    /// <summary>The words of <paramref name="text"/>, folded, separated by single spaces.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length / 2);
        var inWord = false;
        var lineStart = true;
        Span<char> chars = stackalloc char[2];
        for (var i = 0; i < text.Length;)
        {
            var skipped = lineStart ? SkipReferenceDefinition(text, i) : i;
            lineStart = false;
            if (skipped == i)
            {
                skipped = text[i] switch
                {
                    ']' => SkipLinkTarget(text, i),
                    '<' => SkipTag(text, i),
                    _ => i,
                };
            }

            if (skipped != i)
            {
                // What is skipped separates words, as the space around a link's text does when it is shown.
                inWord = false;
                lineStart = text[skipped - 1] == '\n';
                i = skipped;
                continue;
            }

            var c = text[i];
            if (char.IsAscii(c))
            {
                // Most of a text is ASCII: the same test and folding as below, without decoding a rune.
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (!inWord && folded.Length > 0)
                    {
                        folded.Append(' ');
                    }

                    folded.Append(char.ToLowerInvariant(c));
                    inWord = true;
                }
                else
                {
                    inWord = false;
                    lineStart = c == '\n';
                }

                i++;
                continue;
            }

            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsLetterOrDigit(rune))
            {
                if (!inWord && folded.Length > 0)
                {
                    folded.Append(' ');
                }

                var lower = Rune.ToLowerInvariant(rune);
                folded.Append(chars[..lower.EncodeToUtf16(chars)]);
                inWord = true;
            }
            else
            {
                inWord = false;
                lineStart = text[i] == '\n';
            }

            i += Math.Max(1, length);
        }

        return folded.ToString();
    }

    /// <summary>After <c>]</c>: a link or image target <c>(…)</c> on the same line, with nested parentheses.</summary>
    private static int SkipLinkTarget(string text, int i)
    {
        if (i + 1 >= text.Length || text[i + 1] != '(')
        {
            return i;
        }

        var depth = 0;
        for (var j = i + 1; j < text.Length && text[j] != '\n'; j++)
        {
            depth += text[j] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return j + 1;
            }
        }

        return i;
    }

    /// <summary>At <c>&lt;</c>: an autolink (<c>&lt;https://…&gt;</c>, <c>&lt;mailto:…&gt;</c>) or an HTML tag of a known element.</summary>
    private static int SkipTag(string text, int i)
    {
        var j = i + 1;
        if (j < text.Length && text[j] == '/')
        {
            j++;
        }

        var nameStart = j;
        while (j < text.Length && char.IsAsciiLetterOrDigit(text[j]))
        {
            j++;
        }

        var name = text.AsSpan(nameStart, j - nameStart);
        var isAutolink = j < text.Length && text[j] == ':' && name.Length > 1 && nameStart == i + 1;
        if (!isAutolink && !HtmlTagNames.Contains(name))
        {
            return i;
        }

        for (; j < text.Length && text[j] != '\n'; j++)
        {
            if (text[j] == '>')
            {
                return j + 1;
            }

            if (isAutolink && char.IsWhiteSpace(text[j]))
            {
                return i;
            }
        }

        return i;
    }

    /// <summary>At the start of a line: a reference definition <c>[label]: target</c>, which is never shown.</summary>
    private static int SkipReferenceDefinition(string text, int i)
    {
        var j = i;
        while (j < text.Length && j - i < 3 && text[j] == ' ')
        {
            j++;
        }

        if (j >= text.Length || text[j] != '[')
        {
            return i;
        }

        // Looked for on this line only: a search to the end of the text at every line that starts with a link made
        // a recording with many such lines cost its length squared.
        var end = text.IndexOf('\n', j);
        end = end < 0 ? text.Length : end;
        var close = text.AsSpan(j, end - j).IndexOf("]:", StringComparison.Ordinal);
        close = close < 0 ? -1 : j + close;
        if (close < 0 || text.AsSpan(j + 1, close - j - 1).Contains(']'))
        {
            return i;
        }

        var target = text.AsSpan(close + 2, end - close - 2).Trim();
        return target.Length > 0 && !target.Contains(' ') ? end : i;
    }
}
