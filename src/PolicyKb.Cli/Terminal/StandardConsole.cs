using Spectre.Console;

namespace PolicyKb.Cli.Terminal;

/// <summary>
/// The process's standard output and standard error as consoles. A terminal gets what Spectre detects (colour,
/// width, live status); a pipe or a file gets plain text that is never wrapped, so logs and scripts read whole lines.
/// </summary>
internal static class StandardConsole
{
    public static IAnsiConsole Out() => Create(Console.Out, isTerminal: !Console.IsOutputRedirected);

    public static IAnsiConsole Error() => Create(Console.Error, isTerminal: !Console.IsErrorRedirected);

    public static IAnsiConsole Create(TextWriter writer, bool isTerminal)
    {
        if (isTerminal)
        {
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.Detect, ColorSystem = ColorSystemSupport.Detect });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // Without a terminal there is no width to fit: a line stays one line however long it is.
        console.Profile.Width = int.MaxValue;
        return console;
    }
}
