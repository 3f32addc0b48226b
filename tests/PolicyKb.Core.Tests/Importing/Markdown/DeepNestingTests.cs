using System.Diagnostics;
using System.Text;
using PolicyKb.Diagnostics;
using PolicyKb.Importing;
using PolicyKb.Importing.Markdown;
using PolicyKb.Reading;
using PolicyKb.Words;

namespace PolicyKb.Tests.Importing.Markdown;

/// <summary>
/// Lists and quotes nested deeper than Markdig allows are refused at the line Markdig gives up at, found before
/// Markdig parses them: Markdig itself refuses only after parsing everything, in time that grows with about the cube
/// of the depth (3,000 levels took it over a minute).
/// </summary>
public sealed class DeepNestingTests
{
    private const string Head = "# Terms\n\nText.\n\n";

    private static string IndentedList(int levels, string marker = "- ")
    {
        var builder = new StringBuilder(Head);
        for (var level = 0; level < levels; level++)
        {
            builder.Append(' ', marker.Length * level).Append(marker).Append("level ").Append(level + 1).Append('\n');
        }

        return builder.ToString();
    }

    public static TheoryData<string, string, int> TooDeep() => new()
    {
        // Line 68 holds level 64: 64 lists and their items, and the item's paragraph, are 129 blocks.
        { "a list indented 64 levels", IndentedList(64), 68 },
        { "a list indented 3,000 levels", IndentedList(3000), 68 },
        { "an ordered list indented 70 levels", IndentedList(70, "1. "), 68 },
        { "64 list markers on one line", Head + string.Concat(Enumerable.Repeat("- ", 64)) + "x\n", 5 },
        { "5,000 list markers on one line", Head + string.Concat(Enumerable.Repeat("- ", 5000)) + "x\n", 5 },
        { "128 quote markers", Head + new string('>', 128) + " x\n", 5 },
        { "quotes that deepen line by line", Head + string.Concat(Enumerable.Range(1, 200).Select(i => new string('>', i) + " x\n")), 132 },
        { "quotes and lists on one line", Head + string.Concat(Enumerable.Repeat("> - ", 50)) + "x\n", 5 },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Is_refused_quickly_at_the_line_that_goes_too_deep(string what, string markdown, int line)
    {
        var diagnostics = new DiagnosticBag();
        var stopwatch = Stopwatch.StartNew();

        new MarkdownImporter().Import(new SourceText("terms.md", markdown), ImportOptions.Default, diagnostics);

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5), what);
        diagnostics.All.Select(d => d.ToString()).ShouldBe([
            $"terms.md:{line}: error: the Markdown parser gives up from this line on: lists or quotes nest more than 128 levels deep " +
            "(a list level counts two), or one paragraph holds more than 10,240 brackets or emphasis marks; the document is refused: flatten the nesting or split the paragraph",
        ]);
    }

    public static TheoryData<string, string> DeepButAllowed() => new()
    {
        { "a list indented 63 levels", IndentedList(63) },
        { "63 list markers on one line", Head + string.Concat(Enumerable.Repeat("- ", 63)) + "x\n" },
        { "127 quote markers", Head + new string('>', 127) + " x\n" },
        { "a deep list inside a fenced code block", Head + "```\n" + IndentedList(100)[Head.Length..] + "```\n\nAfter.\n" },
        { "a thematic break of many dashes", Head + string.Concat(Enumerable.Repeat("- ", 500)) + "\n\nAfter.\n" },
    };

    [Theory]
    [MemberData(nameof(DeepButAllowed))]
    public void Is_imported_when_markdig_takes_it(string what, string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var document = new MarkdownImporter().Import(new SourceText("terms.md", markdown), ImportOptions.Default, diagnostics);
        diagnostics.All.ShouldBeEmpty(what);
        document.Title.ShouldBe("Terms");
    }
}
