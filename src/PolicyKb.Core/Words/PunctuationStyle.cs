using System.Text;

namespace PolicyKb.Words;

/// <summary>
/// Folds typographic variants of the same punctuation to one form: curly and straight quotes and apostrophes,
/// the dashes and hyphens, an ellipsis and three dots, and drops white space. Two texts that fold to the same
/// string differ only in punctuation style (and white space), which a reader does not count as a change in wording.
/// A comma or full stop that appears or disappears is not a style change: it can change what a clause means.
/// </summary>
internal static class PunctuationStyle
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || TextCleaner.IsZeroWidth(c))
            {
                continue;
            }

            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4':
                    builder.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                    builder.Append('"');
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                    AppendDash(builder);
                    break;
                case '-':
                    AppendDash(builder);
                    break;
                case '\u2026':
                    builder.Append("...");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A run of dashes is one dash: <c>--</c> is how plain text writes an em dash.</summary>
    private static void AppendDash(StringBuilder builder)
    {
        if (builder.Length == 0 || builder[^1] != '-')
        {
            builder.Append('-');
        }
    }
}
