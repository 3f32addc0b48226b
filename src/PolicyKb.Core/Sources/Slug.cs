using System.Text;

namespace PolicyKb.Sources;

/// <summary>URL slugs: lower-case ASCII letters and digits separated by single hyphens.</summary>
public static class Slug
{
    private const int MaxLength = 80;

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
        foreach (var c in decomposed)
        {
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
}
