namespace PolicyKb.Words;

/// <summary>
/// Splits text into words and punctuation marks. A word is a run of letters, digits and combining marks; an
/// apostrophe between two letters stays inside the word (<c>don't</c>, <c>Meta’s</c>), because readers count it as
/// one word. Every other visible character is a token of its own, so a changed comma or quote is a small change.
/// </summary>
internal static class TextTokens
{
    public static ImmutableArray<TextToken> Of(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<TextToken>();
        var i = 0;
        while (i < text.Length)
        {
            var spaceStart = i;
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            var leading = text[spaceStart..i];
            var start = i;
            if (text[i] == ComparableText.MissingLinkMark)
            {
                tokens.Add(new TextToken(TextTokenKind.MissingLink, text[i..(i + 1)], leading));
                i++;
                continue;
            }

            if (IsWordChar(text[i]))
            {
                while (i < text.Length && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))))
                {
                    i++;
                }

                tokens.Add(new TextToken(TextTokenKind.Word, text[start..i], leading));
                continue;
            }

            // A surrogate pair (an emoji, a rare letter) stays one token.
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            tokens.Add(new TextToken(TextTokenKind.Punctuation, text[start..i], leading));
        }

        return tokens.ToImmutable();
    }

    /// <summary>
    /// The number of words in <paramref name="text"/>, counted as <see cref="Of"/> splits them, without making the
    /// tokens: every version is counted when it is read, and the tokens of a whole corpus are hundreds of megabytes.
    /// </summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            if (text[i] == ComparableText.MissingLinkMark)
            {
                i++;
                continue;
            }

            if (IsWordChar(text[i]))
            {
                while (i < text.Length && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))))
                {
                    i++;
                }

                words++;
                continue;
            }

            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        }

        return words;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || TextCleaner.IsZeroWidth(c);

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
