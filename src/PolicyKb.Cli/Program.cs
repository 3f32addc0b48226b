using System.CommandLine;
using PolicyKb.Cli.Commands;

var root = new RootCommand("policykb: builds a searchable policy knowledge base as a static website.")
{
    BuildCommand.Create(),
    ServeCommand.Create(),
    InspectCommand.Create(),
    AddVersionCommand.Create(),
    TermsCommand.Create(),
    SearchCommand.Create(),
    ImportOtaCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
