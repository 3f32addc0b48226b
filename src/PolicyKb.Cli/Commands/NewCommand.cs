using System.CommandLine;
using PolicyKb.Cli.Scaffolding;
using PolicyKb.Cli.Terminal;
using PolicyKb.Pipeline;

namespace PolicyKb.Cli.Commands;

/// <summary>
/// <c>new DIR</c>: writes a site repository that holds only content (a sample policy in two versions, a memo, the
/// glossary, audiences and settings), its Netlify headers, a workflow that builds it with this tool's version, and a
/// README for the policy team. Refuses a folder that already holds anything, so nothing is ever overwritten.
/// </summary>
internal static class NewCommand
{
    public static Command Create(Consoles consoles)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "The folder for the new site: missing or empty." };
        var command = new Command("new", "Create a new policy site: sample content, Netlify headers, a deploy workflow and a README.") { directory };
        command.SetAction(parse => Run(consoles, parse.GetValue(directory)!));
        return command;
    }

    private static int Run(Consoles consoles, DirectoryInfo directory)
    {
        if (File.Exists(directory.FullName))
        {
            consoles.Error.WritePlainLine($"{directory.FullName}: error: a file is in the way; policykb new writes a site into a missing or empty folder.");
            return 1;
        }

        if (directory.Exists && directory.EnumerateFileSystemInfos().Any())
        {
            consoles.Error.WritePlainLine($"{directory.FullName}: error: the folder is not empty; policykb new writes a site only into a missing or empty folder, and never overwrites a file.");
            return 1;
        }

        var written = SiteScaffold.Write(directory.FullName, Generator.Version);
        foreach (var path in written)
        {
            consoles.Out.WritePlainLine("  " + path);
        }

        consoles.Out.WritePlainLine($"Created a policy site in {directory.FullName} ({written.Count} files), built with policykb {Generator.Version}.");
        consoles.Out.WritePlainLine($"Next: cd {directory.Name} && policykb serve    (README.md says how to add a version, a term, preview and publish)");
        return 0;
    }
}
