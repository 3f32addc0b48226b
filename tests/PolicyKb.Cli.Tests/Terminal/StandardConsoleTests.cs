using PolicyKb.Cli.Terminal;
using Spectre.Console;

namespace PolicyKb.Cli.Tests.Terminal;

/// <summary>Standard output and standard error when they are not a terminal: what scripts and logs read.</summary>
public sealed class StandardConsoleTests
{
    private static readonly string LongPath = "/" + string.Join('/', Enumerable.Repeat("a-rather-long-folder-name", 12));

    [Fact]
    public void Without_a_terminal_a_long_styled_line_stays_one_line_without_colour()
    {
        using var writer = new StringWriter();
        var console = StandardConsole.Create(writer, isTerminal: false);
        console.MarkupLineInterpolated($"[green]Built[/] 27 pages → {LongPath}");
        writer.ToString().ShouldBe($"Built 27 pages → {LongPath}\n");
    }

    [Fact]
    public void Plain_text_is_written_as_it_is_whatever_the_console_width()
    {
        using var writer = new StringWriter();
        var console = StandardConsole.Create(writer, isTerminal: false);
        console.Profile.Width = 20;
        var json = $$"""{"query":"[x] y","path":"{{LongPath}}"}""";
        console.WritePlainLine(json);
        console.WritePlain("no line break");
        writer.ToString().ShouldBe(json + "\nno line break");
    }
}
