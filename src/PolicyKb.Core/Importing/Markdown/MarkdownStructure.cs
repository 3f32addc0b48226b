using PolicyKb.Importing.Structure;
using PolicyKb.Model;

namespace PolicyKb.Importing.Markdown;

/// <summary>
/// Decides the document title and the heading of every section of a converted Markdown document.
/// Markdown headings are trusted when the document has them. When it has none (or it is a Privacy Center export,
/// recognisable by its empty <c>###</c> headings), section titles written as plain lines are recognised:
/// question lines and lines followed by an empty heading are top-level sections, other short title-like lines
/// are subsections, and the "Highlights" label after an empty heading is dropped.
/// </summary>
internal static class MarkdownStructure
{
    public static (string? Title, List<FlatItem> Items) Resolve(List<FlatItem> converted, ImportOptions options, bool inferHeadings)
    {
        var items = AddressRuns.Merge(converted);
        var title = TakeTitle(items);
        var markdownHeadings = items.OfType<HeadingItem>().ToList();
        var hasEmptyHeadings = items.Any(i => i is EmptyHeadingItem);
        var infer = inferHeadings && (hasEmptyHeadings || markdownHeadings.Count == 0);
        var minLevel = markdownHeadings.Count == 0 ? 2 : markdownHeadings.Min(h => h.Level);
        var candidates = items.OfType<CandidateItem>().ToList();
        var hasTopLevelLines = hasEmptyHeadings || candidates.Any(c =>
            HeadingLines.IsQuestion(c.Text) || HeadingLines.IsEnumeratedTitle(c.Text) || options.HintedLevel(c.Text) == 2);

        var result = new List<FlatItem>(items.Count);
        var afterEmptyHeading = false;
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case EmptyHeadingItem:
                    if (result.Count > 0 && result[^1] is HeadingItem { Level: > 2 } previous && IsInferred(previous, candidates))
                    {
                        result[^1] = previous with { Level = 2 };
                    }

                    afterEmptyHeading = true;
                    continue;
                case CandidateItem candidate when afterEmptyHeading && candidate.Text.Equals("Highlights", StringComparison.OrdinalIgnoreCase):
                    afterEmptyHeading = false;
                    continue;
                case CandidateItem candidate when infer && i < items.Count - 1:
                    result.Add(new HeadingItem(LevelOf(candidate, NextIsEmptyHeading(items, i), options, hasTopLevelLines), candidate.Text, candidate.Location));
                    break;
                case CandidateItem candidate:
                    result.Add(new BlockItem(candidate.Paragraph));
                    break;
                case HeadingItem heading:
                    result.Add(heading with { Level = Math.Min(6, heading.Level - minLevel + 2) });
                    break;
                default:
                    result.Add(items[i]);
                    break;
            }

            afterEmptyHeading = false;
        }

        return (title, result);
    }

    /// <summary>
    /// The first heading is the document's title when only navigation comes before it and no other heading is
    /// at its level or above; a document without Markdown headings may have its title as a first plain line.
    /// </summary>
    private static string? TakeTitle(List<FlatItem> items)
    {
        var first = 0;
        while (first < items.Count && IsLeadingNoise(items[first]))
        {
            first++;
        }

        if (first >= items.Count)
        {
            return null;
        }

        var headings = items.OfType<HeadingItem>().ToList();
        switch (items[first])
        {
            case HeadingItem heading when headings.Count(h => h.Level <= heading.Level) == 1:
                items.RemoveRange(0, first + 1);
                return heading.Text;
            case CandidateItem candidate when headings.Count == 0 && !HeadingLines.IsQuestion(candidate.Text) && items.Count > first + 1:
                items.RemoveRange(0, first + 1);
                return candidate.Text;
            default:
                return null;
        }
    }

    private static bool IsLeadingNoise(FlatItem item) => item switch
    {
        EmptyHeadingItem => true,
        BlockItem { Block: Separator } => true,
        BlockItem { Block: Paragraph p } => p.Inlines.All(i => i is Link || i is Model.Text t && string.IsNullOrWhiteSpace(t.Value)),
        BlockItem { Block: Model.ListBlock list } => list.Items.All(item => item.Blocks is [Paragraph { Inlines: [Link] }]),
        _ => false,
    };

    private static int LevelOf(CandidateItem candidate, bool beforeEmptyHeading, ImportOptions options, bool hasTopLevelLines)
    {
        if (options.HintedLevel(candidate.Text) is { } hinted)
        {
            return hinted;
        }

        if (beforeEmptyHeading || HeadingLines.IsQuestion(candidate.Text) || HeadingLines.IsEnumeratedTitle(candidate.Text))
        {
            return 2;
        }

        return hasTopLevelLines ? 3 : 2;
    }

    private static bool NextIsEmptyHeading(List<FlatItem> items, int index) => index + 1 < items.Count && items[index + 1] is EmptyHeadingItem;

    private static bool IsInferred(HeadingItem heading, List<CandidateItem> candidates) =>
        candidates.Any(c => c.Location == heading.Location);
}
