using System.Text;
using Spectre.Console;

namespace PolicyKb.Cli.Terminal;

/// <summary>A <see cref="TextWriter"/> onto a console, for what System.CommandLine prints itself (help, parse errors).</summary>
internal sealed class ConsoleTextWriter(IAnsiConsole console) : TextWriter
{
    public override Encoding Encoding => console.Profile.Encoding;

    public override void Write(char value) => console.WritePlain(value.ToString());

    public override void Write(string? value) => console.WritePlain(value ?? "");

    public override void Write(char[] buffer, int index, int count) => console.WritePlain(new string(buffer, index, count));
}
