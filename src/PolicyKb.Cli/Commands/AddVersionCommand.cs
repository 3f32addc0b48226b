using System.CommandLine;
using PolicyKb.Authoring;
using PolicyKb.Cli.Terminal;
using PolicyKb.Enriching.Changes;

namespace PolicyKb.Cli.Commands;

/// <summary><c>add-version POLICY FILE --date yyyy-MM-dd</c>: checks a new version and places it in the input folder, then prints what changed.</summary>
internal static class AddVersionCommand
{
    public static Command Create(Consoles consoles)
    {
        var policy = new Argument<string>("policy-id") { Description = "The policy's folder name under input/policies/, for example privacy-policy." };
        var file = new Argument<FileInfo>("file") { Description = "The new version: a Markdown (.md) or plain-text (.txt) file, UTF-8." };
        var date = new Option<string>("--date") { Description = "The version's date (effective or retrieved, as the policy is dated), yyyy-MM-dd.", Required = true };
        var input = CommonOptions.Input();
        input.Description = "The knowledge base the version goes into (its policies/ folder holds the policy).";
        var command = new Command("add-version", "Check a new version of a policy, place it in the input folder, and print a summary of what changed.")
        {
            policy, file, date, input,
        };
        command.SetAction(parse =>
        {
            var result = VersionAdder.Add(parse.GetValue(input)!.FullName, parse.GetValue(policy)!, parse.GetValue(file)!.ToString(), parse.GetValue(date)!);
            consoles.Error.WriteDiagnostics(result.Warnings);
            if (!result.Added)
            {
                consoles.Error.WriteDiagnostics(result.Errors);
                consoles.Error.WritePlainLine("The version was not added.");
                return 1;
            }

            consoles.Out.WritePlainLine($"Added {result.PlacedPath}");
            foreach (var comparison in result.Comparisons)
            {
                consoles.Out.WritePlain(ChangeReport.Summary(comparison));
            }

            return 0;
        });
        return command;
    }
}
