using PolicyKb.Diagnostics;
using Spectre.Console;

namespace PolicyKb.Cli.Terminal;

/// <summary>Plain lines on a console, written verbatim (Spectre's own <c>WriteLine</c> wraps at the console's width).</summary>
internal static class ConsoleWriting
{
    public static void WritePlain(this IAnsiConsole console, string text)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (text.Length > 0)
        {
            console.Write(new VerbatimText(text));
        }
    }

    public static void WritePlainLine(this IAnsiConsole console, string text = "") => console.WritePlain(text + "\n");

    /// <summary>Every diagnostic on its own line, as the build reports them: <c>path:line: error: message</c>.</summary>
    public static void WriteDiagnostics(this IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            console.WritePlainLine(diagnostic.ToString());
        }
    }
}
