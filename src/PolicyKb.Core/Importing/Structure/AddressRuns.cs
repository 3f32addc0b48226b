using PolicyKb.Model;

namespace PolicyKb.Importing.Structure;

/// <summary>
/// Finds postal addresses written as a run of short lines ("Meta Platforms, Inc." / "1601 Willow Road" /
/// "Menlo Park, CA 94025") and turns the run into one <see cref="Address"/> block.
/// </summary>
internal static class AddressRuns
{
    public const int MaxLineLength = 80;

    /// <summary>Replaces runs of short one-line paragraphs that contain an address line by an address block.</summary>
    public static List<FlatItem> Merge(IReadOnlyList<FlatItem> items)
    {
        var result = new List<FlatItem>(items.Count);
        var i = 0;
        while (i < items.Count)
        {
            var end = i;
            while (end < items.Count && ShortLine(items[end]) is not null)
            {
                end++;
            }

            var run = end - i;
            if (run >= 2 && run <= 8 && Enumerable.Range(i, run).Any(k => HeadingLines.LooksLikeAddressLine(ShortLine(items[k])!)))
            {
                var lines = Enumerable.Range(i, run).Select(k => LineInlines(items[k])).ToImmutableArray();
                result.Add(new BlockItem(new Address(lines, items[i].Location)));
                i = end;
                continue;
            }

            result.Add(items[i]);
            i++;
        }

        return result;
    }

    /// <summary>Splits a paragraph with hard line breaks whose last lines are an address into paragraph + address.</summary>
    public static IEnumerable<Block> SplitParagraph(Paragraph paragraph)
    {
        if (!paragraph.Inlines.Any(i => i is LineBreak))
        {
            return [paragraph];
        }

        var lines = Inlines.SplitLines(paragraph.Inlines).Select(l => Inlines.Normalize(l)).Where(l => !l.IsEmpty).ToList();
        if (lines.Count < 2)
        {
            return [paragraph];
        }

        var start = lines.Count;
        while (start > 0 && PlainText.Of(lines[start - 1]).Length <= MaxLineLength)
        {
            start--;
        }

        var suffix = lines.Skip(start).ToList();
        if (suffix.Count < 2 || !suffix.Any(l => HeadingLines.LooksLikeAddressLine(PlainText.Of(l))))
        {
            return [paragraph];
        }

        var address = new Address([.. suffix], paragraph.Location);
        if (start == 0)
        {
            return [address];
        }

        var leading = lines.Take(start).SelectMany((l, index) => index == 0 ? l : l.Prepend(new LineBreak()));
        return [new Paragraph([.. leading], paragraph.Location), address];
    }

    private static string? ShortLine(FlatItem item) => item switch
    {
        CandidateItem candidate => candidate.Text,
        // The length is known from the runs before the text is joined: most paragraphs are far longer than a line.
        BlockItem { Block: Paragraph p } when p.Inlines.All(i => i is Model.Text) && p.Inlines.Sum(i => ((Model.Text)i).Value.Length) <= MaxLineLength
            && PlainText.Of(p.Inlines) is var text
            && !text.Contains('\n', StringComparison.Ordinal) => text,
        _ => null,
    };

    private static ImmutableArray<Inline> LineInlines(FlatItem item) => item switch
    {
        CandidateItem candidate => candidate.Paragraph.Inlines,
        BlockItem { Block: Paragraph p } => p.Inlines,
        _ => [],
    };
}
