using System.CommandLine;
using PolicyKb.Cli.Terminal;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing.Folder;
using PolicyKb.Model;
using PolicyKb.Pipeline;
using Spectre.Console;

namespace PolicyKb.Cli.Commands;

/// <summary>
/// <c>terms [INPUT]</c>: reads the input, links defined terms, and shows every term (listed or found in the documents,
/// linked or not and why) with its uses and links, and the links made in each document, to check a glossary edit.
/// </summary>
internal static class TermsCommand
{
    public static Command Create(Consoles consoles)
    {
        var input = new Argument<DirectoryInfo>("input") { Description = "The input folder.", DefaultValueFactory = _ => new DirectoryInfo("input") };
        var command = new Command("terms", "Show the glossary as the build makes it: every defined term, where it is used and linked, and links per document.") { input };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(input)!;
            var context = new BuildContext(BuildOptions.For(folder.FullName, Path.Combine(Path.GetTempPath(), "policykb-terms")));
            var result = new BuildPipeline([new ReadInputFolder(), new ReadGlossary(), new LinkDefinedTerms()]).Run(context);
            if (context.TryGet<TermUsage>() is { } usage)
            {
                Write(consoles.Out, context.Get<LinkedKnowledgeBase>().KnowledgeBase, usage);
                consoles.Out.WritePlainLine(string.Join(", ", result.Timings.Select(t => $"{t.Name} {t.Elapsed.TotalMilliseconds:N0} ms")));
            }

            consoles.Error.WriteDiagnostics(result.Diagnostics);
            return result.Succeeded ? 0 : 1;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, KnowledgeBase knowledgeBase, TermUsage usage)
    {
        console.WritePlainLine("terms:");
        foreach (var term in knowledgeBase.Glossary.Terms)
        {
            var places = usage.PlacesOf(term.Id);
            var scope = term.Scope.IsEmpty ? "" : $" in {string.Join(", ", term.Scope)}";
            var defined = term.DefinedIn.IsEmpty ? "" : $", defined in {string.Join(", ", term.DefinedIn.Select(d => d.Location))}";
            var linked = term.IsLinked ? $"{Counted.Of(places.Sum(p => p.Uses), "use")} in {Counted.Of(places.Count, "section")}, {Counted.Of(places.Sum(p => p.Links), "link")}" : $"not linked: {term.NotLinkedReason}";
            console.WritePlainLine($"  {term.Id} \"{term.Term}\" ({term.Origin.ToString().ToLowerInvariant()}{scope}{defined}): {linked}");
        }

        console.WritePlainLine("links per document:");
        foreach (var version in knowledgeBase.Policies.SelectMany(p => p.Versions))
        {
            console.WritePlainLine($"  {version.PolicyId} {version.Id}: {usage.LinksIn(DocumentKind.Policy, version.PolicyId, version.Id)} links, terms: {string.Join(", ", usage.TermsIn(version))}");
        }

        foreach (var memo in knowledgeBase.Memos)
        {
            console.WritePlainLine($"  memo {memo.Id}: {usage.LinksIn(DocumentKind.Memo, memo.Id, TermUsage.MemoKey(memo))} links, terms: {string.Join(", ", usage.TermsIn(memo))}");
        }
    }
}
