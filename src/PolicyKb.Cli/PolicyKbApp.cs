using System.CommandLine;
using System.CommandLine.Invocation;
using PolicyKb.Cli.Commands;
using PolicyKb.Cli.Terminal;
using PolicyKb.Pipeline;
using Spectre.Console;

namespace PolicyKb.Cli;

/// <summary>
/// The policykb command line: runs the command the arguments name, in this process, writing what it was asked for
/// to <c>stdout</c> and problems to <c>stderr</c>, and returns the exit code (0 done, 1 refused or wrong, 2 a search
/// the index cannot answer).
/// </summary>
public static class PolicyKbApp
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole stdout, IAnsiConsole stderr, CancellationToken cancellation = default)
    {
        var consoles = new Consoles(stdout, stderr);
        var root = new RootCommand("policykb: builds a searchable policy knowledge base as a static website.")
        {
            NewCommand.Create(consoles),
            BuildCommand.Create(consoles),
            ServeCommand.Create(consoles),
            InspectCommand.Create(consoles),
            AddVersionCommand.Create(consoles),
            TermsCommand.Create(consoles),
            SearchCommand.Create(consoles),
            ImportOtaCommand.Create(consoles),
        };

        // --version prints the tool's version as the pages' generator tag says it, not the host's (tests run in testhost).
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion(consoles);

        // Help and parse errors, which System.CommandLine prints itself, go to the same consoles as everything else.
        using var output = new ConsoleTextWriter(stdout);
        using var error = new ConsoleTextWriter(stderr);
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellation);
    }

    private sealed class PrintVersion(Consoles consoles) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            consoles.Out.WritePlainLine(Generator.Version);
            return 0;
        }
    }
}
