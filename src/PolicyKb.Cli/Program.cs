using PolicyKb.Cli;
using PolicyKb.Cli.Terminal;

return await PolicyKbApp.RunAsync(args, StandardConsole.Out(), StandardConsole.Error());
