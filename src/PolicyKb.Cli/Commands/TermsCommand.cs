using System.CommandLine;
using PolicyKb.Enriching.Terms;
using PolicyKb.Importing.Folder;
using PolicyKb.Model;
using PolicyKb.Pipeline;

namespace PolicyKb.Cli.Commands;

/// <summary>
/// <c>terms [INPUT]</c>: reads the input, links defined terms, and shows every term (listed or found in the documents,
/// linked or not and why) with its uses and links, and the links made in each document, to check a glossary edit.
/// </summary>
internal static class TermsCommand
{
    public static Command Create()
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
                Write(context.Get<LinkedKnowledgeBase>().KnowledgeBase, usage);
                Console.Out.WriteLine(string.Join(", ", result.Timings.Select(t => $"{t.Name} {t.Elapsed.TotalMilliseconds:N0} ms")));
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic);
            }

            return result.Succeeded ? 0 : 1;
        });
        return command;
    }

    private static void Write(KnowledgeBase knowledgeBase, TermUsage usage)
    {
        Console.Out.WriteLine("terms:");
        foreach (var term in knowledgeBase.Glossary.Terms)
        {
            var places = usage.PlacesOf(term.Id);
            var scope = term.Scope.IsEmpty ? "" : $" in {string.Join(", ", term.Scope)}";
            var defined = term.DefinedIn.IsEmpty ? "" : $", defined in {string.Join(", ", term.DefinedIn.Select(d => d.Location))}";
            var linked = term.IsLinked ? $"{Counted.Of(places.Sum(p => p.Uses), "use")} in {Counted.Of(places.Count, "section")}, {Counted.Of(places.Sum(p => p.Links), "link")}" : $"not linked: {term.NotLinkedReason}";
            Console.Out.WriteLine($"  {term.Id} \"{term.Term}\" ({term.Origin.ToString().ToLowerInvariant()}{scope}{defined}): {linked}");
        }

        Console.Out.WriteLine("links per document:");
        foreach (var version in knowledgeBase.Policies.SelectMany(p => p.Versions))
        {
            Console.Out.WriteLine($"  {version.PolicyId} {version.DateSlug}: {usage.LinksIn(DocumentKind.Policy, version.PolicyId, version.Date)} links, terms: {string.Join(", ", usage.TermsIn(version))}");
        }

        foreach (var memo in knowledgeBase.Memos)
        {
            Console.Out.WriteLine($"  memo {memo.Id}: {usage.LinksIn(DocumentKind.Memo, memo.Id, memo.Date)} links, terms: {string.Join(", ", usage.TermsIn(memo))}");
        }
    }
}
