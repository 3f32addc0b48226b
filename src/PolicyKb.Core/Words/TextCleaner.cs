using System.Text;

namespace PolicyKb.Words;

/// <summary>
/// Removes characters that are invisible but change meaning or matching: byte-order marks in mid-file,
/// bidirectional embedding and override controls (which can make text display in a misleading order),
/// and, for identifiers and headings, zero-width characters. Non-breaking spaces become spaces where text is compared.
/// </summary>
public static class TextCleaner
{
    /// <summary>Cleans body text: drops stray byte-order marks and bidirectional controls, keeps everything else.</summary>
    public static string ForBody(string text)
    {
        if (!NeedsCleaning(text, identifiers: false))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsBidiControl(c) && c != '\uFEFF')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Cleans text used as an identifier or heading: also drops zero-width characters and folds white space.</summary>
    public static string ForIdentifiers(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (IsBidiControl(c) || IsZeroWidth(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }

    public static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    public static bool IsBidiControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static bool NeedsCleaning(string text, bool identifiers)
    {
        foreach (var c in text)
        {
            if (IsBidiControl(c) || c == '\uFEFF' || (identifiers && IsZeroWidth(c)))
            {
                return true;
            }
        }

        return false;
    }
}
