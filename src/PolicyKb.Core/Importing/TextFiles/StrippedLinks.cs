using System.Text.RegularExpressions;
using PolicyKb.Model;

namespace PolicyKb.Importing.TextFiles;

/// <summary>
/// Finds where a plain-text recording lost the text of a link. Such recordings keep the spaces around the link:
/// a double space ("use  in the way"), a space before punctuation ("on , and in the ."), a space at the start of a
/// line (" about how we use"), empty quotes ("see '' for more"). Each place becomes a <see cref="MissingLink"/>,
/// with the surrounding spaces kept.
/// </summary>
internal static partial class StrippedLinks
{
    public static ImmutableArray<Inline> Parse(string line)
    {
        var result = new List<Inline>();
        var text = line.TrimEnd();
        if (text.Length > 1 && text[0] == ' ' && text[1] != ' ')
        {
            result.Add(new MissingLink());
        }

        var position = 0;
        foreach (Match gap in Gap().Matches(text))
        {
            if (gap.Index == 0)
            {
                continue;
            }

            if (gap.Groups["double"].Success)
            {
                Append(text[position..gap.Index] + " ");
                result.Add(new MissingLink());
                Append(" ");
            }
            else if (gap.Groups["punct"].Success)
            {
                Append(text[position..gap.Index] + " ");
                result.Add(new MissingLink());
            }
            else
            {
                Append(text[position..(gap.Index + gap.Length)]);
                result.Add(new MissingLink());
            }

            position = gap.Index + gap.Length;
        }

        Append(text[position..]);
        var normalized = Inlines.Normalize(result);
        return normalized.IsEmpty ? [new MissingLink()] : normalized;

        void Append(string value)
        {
            if (value.Length > 0)
            {
                result.Add(new Text(value));
            }
        }
    }

    public static bool HasGap(string line) => line.StartsWith(' ') || Gap().IsMatch(line.TrimEnd());

    // A run of spaces between words, a space before closing punctuation, or the opening quote of empty quotes.
    [GeneratedRegex(@"(?<double>(?<=\S) {2,}(?=\S))|(?<punct>(?<=\S) (?=[.,;:)](?:\s|$)))|(?<quotes>(?<![\p{L}\p{N}])['""\u2018\u201C](?=['""\u2019\u201D]))")]
    private static partial Regex Gap();
}
