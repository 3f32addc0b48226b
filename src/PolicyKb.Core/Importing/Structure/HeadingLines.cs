using System.Text.RegularExpressions;

namespace PolicyKb.Importing.Structure;

/// <summary>
/// Tests for lines that are section titles written as plain text (exports that lost their heading markup):
/// short, starting with a capital or a number, not ending like a sentence or an introduction.
/// </summary>
internal static partial class HeadingLines
{
    public const int MaxHeadingLength = 120;

    public static bool LooksLikeHeading(string line)
    {
        var text = line.Trim();
        if (text.Length is < 2 or > MaxHeadingLength || CountWords(text) > 16)
        {
            return false;
        }

        var first = text[0];
        if (!(char.IsUpper(first) || char.IsDigit(first)) || text.StartsWith("* ", StringComparison.Ordinal))
        {
            return false;
        }

        if (!text.Any(char.IsLetter))
        {
            return false;
        }

        var last = text[^1];
        return last is not ('.' or ',' or ';' or ':' or '!' or '|');
    }

    public static bool IsQuestion(string line)
    {
        var text = line.Trim();
        return text.Length is > 3 and <= 200 && text.EndsWith('?') && char.IsUpper(text[0]);
    }

    /// <summary>"A. General Terms", "II. Definitions": a lettered or roman-numbered title.</summary>
    public static bool IsEnumeratedTitle(string line) => EnumeratedTitle().IsMatch(line.Trim());

    /// <summary>A line of a postal address: a street number, a post code, or a well-known address word.</summary>
    public static bool LooksLikeAddressLine(string line) => AddressLine().IsMatch(line);

    public static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(?:[A-Z]|[IVX]{1,4})\.\s+\p{Lu}[^.;:!]{1,80}$")]
    private static partial Regex EnumeratedTitle();

    [GeneratedRegex(@"\b(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|\d{1,5}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+(?:Road|Way|Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Drive|Lane|Place|Square)|[A-Z]\d{2}\s?[A-Z0-9]{4}|Dublin\s+\d+|P\.?\s?O\.?\s+Box\s+\d+|ATTN:)")]
    private static partial Regex AddressLine();
}
