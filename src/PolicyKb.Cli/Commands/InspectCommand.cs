using System.CommandLine;
using PolicyKb.Cli.Terminal;
using PolicyKb.Diagnostics;
using PolicyKb.Importing;
using PolicyKb.Importing.Folder;
using PolicyKb.Importing.Memos;
using PolicyKb.Model;
using PolicyKb.Reading;

namespace PolicyKb.Cli.Commands;

/// <summary><c>inspect FILE</c>: shows how a source file is understood (its section tree and blocks), to check a new version before adding it.</summary>
internal static class InspectCommand
{
    public static Command Create(Consoles consoles)
    {
        var file = new Argument<FileInfo>("file") { Description = "A version file (.md or .txt) or a memo (.md with front matter)." };
        var command = new Command("inspect", "Show how a source file is understood: its title, section tree and blocks.") { file };
        command.SetAction(parse =>
        {
            var info = parse.GetValue(file)!;
            var diagnostics = new DiagnosticBag();
            var source = InputFileReader.Read(info.FullName, info.Name, diagnostics);
            if (source is not null)
            {
                if (FrontMatter.Split(source).Yaml is not null)
                {
                    var memo = new MemoImporter().Import(Path.GetFileNameWithoutExtension(info.Name), source, diagnostics);
                    if (memo is not null)
                    {
                        consoles.Out.WritePlain(ModelOutline.Of(memo));
                    }
                }
                else
                {
                    var format = info.Extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) ? SourceFormat.PlainText : SourceFormat.Markdown;
                    var imported = InputFolder.DefaultImporters[format].Import(source, PolicyReader.OptionsBeside(info.FullName, diagnostics), diagnostics);
                    // A version file is named by its date; any other file has none.
                    var date = PolicyReader.VersionDate(info.Name) ?? DateOnly.MinValue;
                    consoles.Out.WritePlain(ModelOutline.Of(new PolicyVersion("inspect", date, info.Name, format, imported.Title, null, imported.StatedDate, imported.Content)));
                }
            }

            consoles.Error.WriteDiagnostics(diagnostics.All);
            return diagnostics.HasErrors ? 1 : 0;
        });
        return command;
    }
}
