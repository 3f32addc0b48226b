using System.Text;

namespace PolicyKb.Words;

/// <summary>URL slugs: lower-case ASCII letters and digits separated by single hyphens.</summary>
public static class Slug
{
    private const int MaxLength = 80;

    /// <summary>
    /// The base letter of each accented Latin letter from U+00C0 to U+017F (a space keeps the letter as it is: no
    /// accent, or a letter of its own such as ß, ø, ł). string.Normalize cannot fold them here: with
    /// InvariantGlobalization (Directory.Build.props) it returns the text unchanged, so "Política" kept its í.
    /// </summary>
    private const string LatinBases =
        "AAAAAA CEEEEIIII" + " NOOOOO  UUUUY  " + "aaaaaa ceeeeiiii" + " nooooo  uuuuy y" +
        "AaAaAaCcCcCcCcDd" + "  EeEeEeEeEeGgGg" + "GgGgHh  IiIiIiIi" + "I   JjKk LlLlLl " +
        "   NnNnNn   OoOo" + "Oo  RrRrRrSsSsSs" + "SsTtTt  UuUuUuUu" + "UuUuWwYyYZzZzZz ";

    /// <summary>
    /// Makes a slug of <paramref name="text"/>. Accents are folded (é → e); other scripts are kept as letters so that
    /// a German or Japanese heading still gets a readable id. Long text is cut at a word boundary.
    /// Returns <paramref name="fallback"/> when nothing usable is left.
    /// </summary>
    public static string From(string text, string fallback = "section")
    {
        var decomposed = TextCleaner.ForIdentifiers(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(Math.Min(decomposed.Length, MaxLength + 16));
        var pendingHyphen = false;
        foreach (var character in decomposed)
        {
            var c = FoldAccent(character);
            if (builder.Length >= MaxLength + 16)
            {
                break;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' and not '\u2019')
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength];
        }

        return slug.Length == 0 ? fallback : slug.Normalize(NormalizationForm.FormC);
    }

    private static char FoldAccent(char c) =>
        c is >= '\u00C0' and <= '\u017F' && LatinBases[c - '\u00C0'] is var letter && letter != ' ' ? letter : c;
}
