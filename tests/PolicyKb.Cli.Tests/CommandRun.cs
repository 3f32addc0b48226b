namespace PolicyKb.Cli.Tests;

/// <summary>What one run of a command returned and printed on standard output and standard error.</summary>
public sealed record CommandRun(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Lines(Out);

    public string[] ErrorLines => Lines(Error);

    /// <summary>The whole run, for a failed assertion to show.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Error}";

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
}
