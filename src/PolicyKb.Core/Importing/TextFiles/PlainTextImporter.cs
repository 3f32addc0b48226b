using PolicyKb.Diagnostics;
using PolicyKb.Importing.Structure;
using PolicyKb.Model;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Importing.TextFiles;

/// <summary>
/// Imports plain text that lost its markup: one line per paragraph, list item or title. The heading tree is
/// inferred (question lines and hinted names are top-level sections, a lone short title-like line followed by
/// prose is a subsection), runs of short lines become lists, short lines with a postal pattern become an
/// address, and the places where link text was stripped are kept as <see cref="MissingLink"/>.
/// </summary>
public sealed class PlainTextImporter : IDocumentImporter
{
    private const int MaxItemLength = 250;

    public SourceFormat Format => SourceFormat.PlainText;

    public ImportedDocument Import(SourceText source, ImportOptions options, DiagnosticBag diagnostics)
    {
        var lines = ReadLines(source);
        string? title = null;
        if (lines.Count > 0 && lines[0].Kind is LineKind.Short && !lines[0].AfterBlank)
        {
            title = TextCleaner.ForIdentifiers(lines[0].Text);
            lines.RemoveAt(0);
        }

        var hasTopLevel = lines.Any(l => l.Kind == LineKind.Heading && l.Level == 2);
        var items = new List<FlatItem>();
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Heading:
                    items.Add(new HeadingItem(line.Level, TextCleaner.ForIdentifiers(line.Text), line.Location));
                    i++;
                    break;
                case LineKind.Address:
                    var addressEnd = i;
                    while (addressEnd < lines.Count && lines[addressEnd].Kind == LineKind.Address && (addressEnd == i || !lines[addressEnd].AfterBlank))
                    {
                        addressEnd++;
                    }

                    items.Add(new BlockItem(new Address([.. lines[i..addressEnd].Select(l => StrippedLinks.Parse(l.Text))], line.Location)));
                    i = addressEnd;
                    break;
                case LineKind.Label:
                    items.Add(new BlockItem(new Paragraph([new MissingLink(), new Model.Text(":")], line.Location)));
                    i = TakeList(lines, i + 1, items, l => l.Kind is LineKind.Short || IsItemLike(l));
                    break;
                case LineKind.Short:
                    var runEnd = RunEnd(lines, i, l => l.Kind == LineKind.Short);
                    if (runEnd - i >= 2)
                    {
                        i = TakeList(lines, i, items, l => l.Kind == LineKind.Short);
                    }
                    else if (ContinuesParallelItem(lines, i, items))
                    {
                        var previous = (Paragraph)((BlockItem)items[^1]).Block;
                        items[^1] = new BlockItem(new ListBlock(false, 1,
                            [new ListItem([previous], null, previous.Location), new ListItem([Paragraph(line).Block], null, line.Location)],
                            previous.Location));
                        i++;
                    }
                    else if (i + 1 < lines.Count && lines[i + 1].Kind is LineKind.Sentence or LineKind.Intro or LineKind.Label && !lines[i + 1].AfterBlank)
                    {
                        items.Add(new HeadingItem(hasTopLevel ? 3 : 2, TextCleaner.ForIdentifiers(line.Text), line.Location));
                        i++;
                    }
                    else
                    {
                        items.Add(Paragraph(line));
                        i++;
                    }

                    break;
                case LineKind.Intro:
                    items.Add(Paragraph(line));
                    i++;
                    if (i < lines.Count && !lines[i].AfterBlank && lines[i].Kind == LineKind.Sentence && IsItemLike(lines[i]) && EndsLikeItem(lines[i].Text))
                    {
                        i = TakeList(lines, i, items, l => l.Kind is LineKind.Sentence or LineKind.Short && IsItemLike(l));
                    }

                    break;
                default:
                    items.Add(Paragraph(line));
                    i++;
                    break;
            }
        }

        var content = SectionTreeBuilder.Build(items);
        return new ImportedDocument(title, content, StatedDate.InDocument(source.Content));

        List<Line> ReadLines(SourceText text)
        {
            var result = new List<Line>();
            var raw = text.Lines();
            var afterBlank = false;
            for (var n = 0; n < raw.Count; n++)
            {
                var value = TextCleaner.ForBody(raw[n]);
                if (string.IsNullOrWhiteSpace(value))
                {
                    afterBlank = result.Count > 0;
                    continue;
                }

                result.Add(new Line(value, new SourceLocation(text.Path, n + text.FirstLine), afterBlank));
                afterBlank = false;
            }

            Classify(result, options);
            return result;
        }
    }

    private static void Classify(List<Line> lines, ImportOptions options)
    {
        // A heading line that repeats the heading just above it, at its level, is not a new section: it is a table's
        // column header or a running head flattened into the text ("Why and how we process your information" opens
        // the section, then heads the first column of its table). It stays in the section as text.
        string? lastHeading = null;
        var lastLevel = 0;
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            var headingLevel = options.HintedLevel(text) ?? (HeadingLines.IsQuestion(text) && !StrippedLinks.HasGap(line.Text) ? 2 : (int?)null);
            if (headingLevel is { } repeated && repeated == lastLevel && string.Equals(text, lastHeading, StringComparison.Ordinal))
            {
                headingLevel = null;
            }

            if (text == ":")
            {
                line.Kind = LineKind.Label;
            }
            else if (headingLevel is { } level)
            {
                (line.Kind, line.Level) = (LineKind.Heading, level);
                (lastHeading, lastLevel) = (text, level);
            }
            else if (HeadingLines.LooksLikeHeading(text) && !line.Text.StartsWith(' '))
            {
                line.Kind = LineKind.Short;
            }
            else if (text.EndsWith(':'))
            {
                line.Kind = LineKind.Intro;
            }
            else
            {
                line.Kind = LineKind.Sentence;
            }
        }

        MarkAddresses(lines);
    }

    /// <summary>A run of 2–8 short lines, not headings, one of which looks like part of a postal address.</summary>
    private static void MarkAddresses(List<Line> lines)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            while (end < lines.Count && lines[end].Kind is not (LineKind.Heading or LineKind.Label or LineKind.Intro)
                && lines[end].Text.Trim().Length <= AddressRuns.MaxLineLength && (end == i || !lines[end].AfterBlank))
            {
                end++;
            }

            var run = end - i;
            if (run is >= 2 and <= 8 && lines[i..end].Any(l => HeadingLines.LooksLikeAddressLine(l.Text))
                && !lines[i..end].Any(l => l.Kind == LineKind.Sentence && !l.Text.TrimEnd().EndsWith(',') && !l.Text.TrimEnd().EndsWith('.')))
            {
                foreach (var line in lines[i..end])
                {
                    line.Kind = LineKind.Address;
                }
            }

            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>
    /// A short line that starts with the same word as the sentence before it ("In response to legal requests, …" /
    /// "In accordance with applicable law") continues a list of parallel items rather than opening a section.
    /// </summary>
    private static bool ContinuesParallelItem(List<Line> lines, int index, List<FlatItem> items) =>
        index > 0 && lines[index - 1].Kind == LineKind.Sentence && !lines[index].AfterBlank
        && items is [.., BlockItem { Block: Paragraph previous }] && previous.Location == lines[index - 1].Location
        && FirstWord(lines[index - 1].Text) == FirstWord(lines[index].Text);

    private static string FirstWord(string text) => text.TrimStart().Split(' ', 2)[0];

    private static int TakeList(List<Line> lines, int start, List<FlatItem> items, Func<Line, bool> isItem)
    {
        var end = start;
        while (end < lines.Count && isItem(lines[end]) && (end == start || !lines[end].AfterBlank))
        {
            end++;
        }

        if (end == start)
        {
            return start;
        }

        var listItems = lines[start..end]
            .Select(l => new ListItem([new Paragraph(StrippedLinks.Parse(l.Text), l.Location)], null, l.Location))
            .ToImmutableArray();
        items.Add(new BlockItem(new ListBlock(false, 1, listItems, lines[start].Location)));
        return end;
    }

    private static int RunEnd(List<Line> lines, int start, Func<Line, bool> predicate)
    {
        var end = start;
        while (end < lines.Count && predicate(lines[end]) && (end == start || !lines[end].AfterBlank))
        {
            end++;
        }

        return end;
    }

    private static bool IsItemLike(Line line) => line.Text.Trim().Length <= MaxItemLength && !line.Text.TrimEnd().EndsWith(':');

    private static bool EndsLikeItem(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(',') || trimmed.EndsWith(';') || trimmed.EndsWith(" and", StringComparison.Ordinal) ||
            trimmed.EndsWith(" or", StringComparison.Ordinal) || char.IsLetterOrDigit(trimmed[^1]);
    }

    private static BlockItem Paragraph(Line line) => new(new Paragraph(StrippedLinks.Parse(line.Text), line.Location));

    private enum LineKind
    {
        Sentence,
        Short,
        Intro,
        Label,
        Heading,
        Address,
    }

    private sealed class Line(string text, SourceLocation location, bool afterBlank)
    {
        public string Text { get; } = text;

        public SourceLocation Location { get; } = location;

        public bool AfterBlank { get; } = afterBlank;

        public LineKind Kind { get; set; }

        public int Level { get; set; }
    }
}
