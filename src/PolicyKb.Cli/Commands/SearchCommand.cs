using System.CommandLine;
using PolicyKb.Cli.Terminal;
using PolicyKb.Enriching.Terms;
using PolicyKb.Pipeline;
using PolicyKb.Search;
using PolicyKb.Search.Api;
using PolicyKb.Search.Indexing;
using PolicyKb.Search.Results;
using PolicyKb.Search.Steps;
using PolicyKb.Site;
using Spectre.Console;

namespace PolicyKb.Cli.Commands;

/// <summary>
/// <c>search "query" [--audience X] [--json] [--limit N] [--archived] [-i input] [-o output]</c>: searches the Lucene index in the cache,
/// rebuilding it from the input first when it is missing or stale. Same hits as the search page and <c>/api/search</c>.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(Consoles consoles)
    {
        var query = new Argument<string>("query") { Description = "Words, \"quoted phrases\"; the last word also matches as a prefix." };
        var audience = new Option<string?>("--audience") { Description = "Only sections for this audience (an id from audiences.yml)." };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON, with each section's plain text." };
        var limit = new Option<int>("--limit") { Description = "How many hits to print.", DefaultValueFactory = _ => SearchApi.DefaultLimit };
        var archived = new Option<bool>("--archived") { Description = "Search archived versions too." };
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        output.Description = "The site's output folder: its index is cached in .cache/<its name>/ beside it, as the build leaves it.";
        var command = new Command("search", "Search the knowledge base from the command line.") { query, audience, json, limit, archived, input, output };
        command.SetAction(parse =>
        {
            var options = BuildOptions.For(parse.GetValue(input)!.FullName, parse.GetValue(output)!.FullName);
            var indexFolder = BuildSearchIndex.IndexFolder(options);
            if (!SearchIndexCache.EnsureFresh(options.InputDirectory, indexFolder, () => Load(consoles.Error, options)))
            {
                return 1;
            }

            using var searcher = PolicySearcher.Open(indexFolder);
            var response = new SearchApi(searcher).Handle(parse.GetValue(query), parse.GetValue(audience), parse.GetValue(limit), parse.GetValue(archived), text: parse.GetValue(json));
            if (response.Results is null)
            {
                consoles.Error.WritePlainLine(response.Error ?? "");
                return 2;
            }

            if (parse.GetValue(json))
            {
                consoles.Out.WritePlainLine(SearchApi.Serialize(response));
            }
            else
            {
                Print(consoles.Out, response.Results, parse.GetValue(archived));
            }

            return 0;
        });
        return command;
    }

    /// <summary>Reads and processes the input the way a build does (the index holds what processing adds), without rendering.</summary>
    private static Model.KnowledgeBase? Load(IAnsiConsole errors, BuildOptions options)
    {
        var context = new BuildContext(options);
        var result = new BuildPipeline(SitePipeline.Create().Steps.Where(s => s.Phase <= BuildPhase.Process)).Run(context);
        errors.WriteDiagnostics(result.Diagnostics);
        return result.Succeeded ? context.Get<LinkedKnowledgeBase>().KnowledgeBase : null;
    }

    private static void Print(IAnsiConsole console, SearchResults results, bool archived)
    {
        var counts = string.Join(", ", results.Audiences.Select(a => $"{a.Name} {a.Count}"));
        console.WritePlainLine($"{Counted.Of(results.Total, "section")} {(results.Total == 1 ? "matches" : "match")} ({counts}).");
        if (results.Hits.IsEmpty && !results.Suggestions.IsEmpty)
        {
            console.WritePlainLine($"Did you mean: {string.Join(", ", results.Suggestions)}?");
        }

        var rank = 0;
        foreach (var hit in results.Hits)
        {
            rank++;
            var version = hit.Current ? "" : $" (archived {hit.Version})";
            console.WritePlainLine();
            var where = string.Join(" › ", hit.HeadingPath.Prepend(hit.Title + version));
            console.WritePlainLine($"{rank,2}. {where}  [{hit.Score.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}]");
            console.WritePlainLine($"    {hit.Url}");
            if (archived && hit.VersionSpan is { } span)
            {
                console.WritePlainLine($"    {span}");
            }
            console.WritePlainLine($"    {string.Concat(hit.Snippet.Parts.Select(p => p.Highlighted ? $"[{p.Text}]" : p.Text))}");
        }
    }
}
