using Spectre.Console;

namespace PolicyKb.Cli.Terminal;

/// <summary>
/// Where a command writes: what it was asked for to <see cref="Out"/>, problems to <see cref="Error"/>, kept apart
/// because scripts read standard output alone (<c>search --json</c>).
/// </summary>
internal sealed record Consoles(IAnsiConsole Out, IAnsiConsole Error);
