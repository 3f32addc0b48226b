using Spectre.Console.Testing;

namespace PolicyKb.Cli.Tests;

/// <summary>Runs the policykb command line in this process, with a test console for standard output and one for standard error.</summary>
internal static class Policykb
{
    public static async Task<CommandRun> RunAsync(params string[] args)
    {
        using var stdout = new TestConsole();
        using var stderr = new TestConsole();
        var exitCode = await PolicyKbApp.RunAsync(args, stdout, stderr);
        return new CommandRun(exitCode, stdout.Output, stderr.Output);
    }
}
