using System.Text.RegularExpressions;
using PolicyKb.Model;

namespace PolicyKb.Views;

/// <summary>
/// What a link whose text says nothing of its own ("Learn more", "here") is about, told by the words around it. The
/// recorded text stays as it is; the theme adds these words to the link as visually hidden text, so that a list of
/// links read out by a screen reader (or a crawler's view of the link) names where each one goes.
/// </summary>
public static partial class LinkPurpose
{
    private const int MaxWords = 16;

    // Lighthouse's list of non-descriptive English link texts, and the few more that say as little.
    private static readonly HashSet<string> GenericTexts = new(StringComparer.OrdinalIgnoreCase)
    {
        "click here", "click this", "go", "here", "information", "learn more", "more", "more info", "more information",
        "right here", "read more", "see more", "start", "this", "this page", "this link", "link", "details", "find out more",
    };

    /// <summary>Whether a link's text alone does not say where it goes.</summary>
    public static bool IsGeneric(Link link) => GenericTexts.Contains(PlainText.Of(link.Children).Trim().Trim('.', ',', ':', ';', '!', '?', '"', '“', '”').Trim());

    /// <summary>
    /// The words to add to the link at <paramref name="index"/> of <paramref name="inlines"/>, with what joins them
    /// to its text: the rest of its sentence when that goes on ("Learn more<i> about how we transfer
    /// information</i>"), else what comes before it in the sentence or the sentence before ("here<i>: Contact the
    /// Data Protection Officer</i>"). Null when the link stands alone, where the caller uses <see cref="Titled"/>
    /// with the section's heading.
    /// </summary>
    public static string? ContextOf(ImmutableArray<Inline> inlines, int index)
    {
        var after = PlainText.Of(inlines.Skip(index + 1));
        var end = SentenceEnd().Match(after);
        var rest = Clean(end.Success ? after[..end.Index] : after);
        if (WordCount(rest) >= 2)
        {
            return " " + Shorten(rest);
        }

        var before = PlainText.Of(inlines.Take(index));
        var sentence = SentenceBreak().Split(before).Select(Clean).LastOrDefault(s => WordCount(s) >= 2);
        return sentence is null ? null : Titled(sentence);
    }

    /// <summary>The words to add to a generic link that <paramref name="context"/> (a heading, a sentence) is about.</summary>
    public static string Titled(string context) => ": " + Shorten(Clean(context));

    private static string Clean(string text) => Whitespace().Replace(text, " ").Trim().TrimEnd('.', ',', ':', ';').Trim();

    private static int WordCount(string text) => Word().Count(text);

    private static string Shorten(string text)
    {
        var words = text.Split(' ');
        return words.Length <= MaxWords ? text : string.Join(' ', words.Take(MaxWords)) + "…";
    }

    [GeneratedRegex(@"[.!?](\s|$)|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’-]*")]
    private static partial Regex Word();
}
