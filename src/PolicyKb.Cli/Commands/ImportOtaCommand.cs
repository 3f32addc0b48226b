using System.CommandLine;
using System.Globalization;
using PolicyKb.Authoring;
using PolicyKb.Cli.Terminal;

namespace PolicyKb.Cli.Commands;

/// <summary>
/// <c>import-ota CORPUS -o FOLDER [--memos DIR] [--history DIR] [--recordings DIR] [--copies N]</c>: writes an input
/// folder from an Open Terms Archive corpus, and its recorded histories, so that it builds as a site like any other
/// knowledge base.
/// </summary>
internal static class ImportOtaCommand
{
    /// <summary>The day the shared corpus was recorded (Open Terms Archive commit 577430aa7c11).</summary>
    private const string CorpusRecordedOn = "2026-08-22";

    public static Command Create(Consoles consoles)
    {
        var recordings = new Argument<DirectoryInfo>("corpus") { Description = "The corpus: <Service>/<Terms type>.md, each a service's newest recording." };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The input folder to create (new or empty).", Required = true };
        var memos = new Option<DirectoryInfo?>("--memos") { Description = "A folder of change memos (*.md with YAML front matter), copied byte for byte." };
        var history = new Option<DirectoryInfo?>("--history") { Description = "Earlier versions (<yyyy-MM-dd>.md) of one recording, by default Instagram's Privacy Policy." };
        var historyOf = new Option<string>("--history-of") { Description = "Which recording --history belongs to, as Service/Terms type.", DefaultValueFactory = _ => "Instagram/Privacy Policy" };
        var date = new Option<string>("--date") { Description = "The day the recordings were retrieved, yyyy-MM-dd: the date of their version.", DefaultValueFactory = _ => CorpusRecordedOn };
        var recorded = new Option<DirectoryInfo?>("--recordings") { Description = "Recorded histories in Open Terms Archive's dataset layout: <Service>/<Terms type>/<yyyy-MM-ddTHH-mm-ssZ>.md, with recordings.tsv; every file is copied byte for byte into its policy's recordings/." };
        var copies = new Option<int>("--copies") { Description = "Write the corpus this many times under distinct service names (for scale tests).", DefaultValueFactory = _ => 1 };
        var command = new Command("import-ota", "Write an input folder from an Open Terms Archive corpus: one policy per recording, memos, site.yml and audiences.yml.")
        {
            recordings, output, memos, history, historyOf, recorded, date, copies,
        };
        command.SetAction(parse =>
        {
            if (!DateOnly.TryParseExact(parse.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var retrievedOn))
            {
                consoles.Error.WritePlainLine($"error: --date '{parse.GetValue(date)}' is not a date written yyyy-MM-dd");
                return 1;
            }

            var historyParts = parse.GetValue(historyOf)!.Split('/', 2);
            if (historyParts.Length != 2)
            {
                consoles.Error.WritePlainLine($"error: --history-of '{parse.GetValue(historyOf)}' must be written Service/Terms type");
                return 1;
            }

            var options = new OpenTermsArchiveImportOptions(
                parse.GetValue(recordings)!.FullName,
                parse.GetValue(output)!.FullName,
                retrievedOn,
                parse.GetValue(memos)?.FullName,
                parse.GetValue(history)?.FullName,
                parse.GetValue(copies))
            {
                HistoryService = historyParts[0],
                HistoryTermsType = historyParts[1],
                RecordedHistoriesDirectory = parse.GetValue(recorded)?.FullName,
            };
            var result = OpenTermsArchiveImport.Write(options);
            consoles.Error.WriteDiagnostics(result.Diagnostics);
            if (!result.Succeeded)
            {
                consoles.Error.WritePlainLine("Nothing was written.");
                return 1;
            }

            consoles.Out.WritePlainLine($"Wrote {result.Policies} policies ({result.Versions} versions{(result.Recordings > 0 ? $", {result.Recordings} recordings" : "")}) and {result.Memos} memos, {result.Bytes / 1024.0:N0} KiB of documents → {options.TargetDirectory}");
            return 0;
        });
        return command;
    }
}
