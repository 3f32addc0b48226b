using System.Text.RegularExpressions;

namespace PolicyKb.Importing;

/// <summary>
/// Finds the effective date a document states about itself ("Effective June 16, 2025", "updated ... on November 14,
/// 2024", "Date of Last Revision: 4 January, 2022").
/// </summary>
public static partial class StatedDate
{
    private static readonly string[] Formats =
        ["MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "d MMMM, yyyy", "yyyy-MM-dd", "MMM d, yyyy", "MMM. d, yyyy"];

    /// <summary>How much of a document's start, and then of its end, is read for the date it states.</summary>
    public const int Reach = 4000;

    /// <summary>
    /// The date a whole document states about itself: in its first <see cref="Reach"/> characters ("Effective …"
    /// under the title), else in its last ones (an old policy's "Date of Last Revision" at the foot). The middle is
    /// not read: a date there is a rule's ("data updated on …"), not the document's.
    /// </summary>
    public static DateOnly? InDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= Reach ? Find(text) : Find(text[..Reach]) ?? Find(text[^Reach..]);
    }

    /// <summary>The first stated effective or update date in <paramref name="text"/>, if any.</summary>
    public static DateOnly? Find(string text)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            var value = match.Groups["date"].Value.Replace("  ", " ", StringComparison.Ordinal);
            if (DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
            {
                return date;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:\b[Ee]ffective(?:\s+(?:on|as\s+of|from))?|\b(?:[Dd]ate\s+of\s+)?[Ll]ast\s+[Rr]evision|\b(?:[Ll]ast\s+)?(?:[Uu]pdated|[Mm]odified|[Rr]evised)(?:[^.\n]{0,40}?\s+on)?)\s*:?\s*(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4}|\d{4}-\d{2}-\d{2})")]
    private static partial Regex Pattern();
}
